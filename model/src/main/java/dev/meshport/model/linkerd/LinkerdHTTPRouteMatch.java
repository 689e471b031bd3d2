package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request match of a {@link LinkerdHTTPRoute} rule; all conditions in one match are ANDed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"headers", "method", "path", "queryParams"})
public class LinkerdHTTPRouteMatch {

    @JsonProperty("headers")
    private List<LinkerdHTTPHeaderMatch> headers;

    @JsonProperty("method")
    private String method;

    /** CRD default: PathPrefix {@code /}. */
    @JsonProperty("path")
    private LinkerdHTTPPathMatch path;

    @JsonProperty("queryParams")
    private List<LinkerdHTTPQueryParamMatch> queryParams;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPRouteMatch() {
    }

    @JsonProperty("headers")
    public List<LinkerdHTTPHeaderMatch> getHeaders() {
        return headers;
    }

    @JsonProperty("headers")
    public void setHeaders(List<LinkerdHTTPHeaderMatch> headers) {
        this.headers = headers;
    }

    @JsonProperty("method")
    public String getMethod() {
        return method;
    }

    @JsonProperty("method")
    public void setMethod(String method) {
        this.method = method;
    }

    @JsonProperty("path")
    public LinkerdHTTPPathMatch getPath() {
        return path;
    }

    @JsonProperty("path")
    public void setPath(LinkerdHTTPPathMatch path) {
        this.path = path;
    }

    @JsonProperty("queryParams")
    public List<LinkerdHTTPQueryParamMatch> getQueryParams() {
        return queryParams;
    }

    @JsonProperty("queryParams")
    public void setQueryParams(List<LinkerdHTTPQueryParamMatch> queryParams) {
        this.queryParams = queryParams;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }

    @JsonIgnore
    public void setAdditionalProperties(Map<String, Object> additionalProperties) {
        this.additionalProperties = additionalProperties == null ? new LinkedHashMap<>() : additionalProperties;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LinkerdHTTPRouteMatch)) {
            return false;
        }
        LinkerdHTTPRouteMatch that = (LinkerdHTTPRouteMatch) o;
        return Objects.equals(headers, that.headers)
            && Objects.equals(method, that.method)
            && Objects.equals(path, that.path)
            && Objects.equals(queryParams, that.queryParams)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, method, path, queryParams, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPRouteMatch{"
            + "headers=" + headers
            + ", method=" + method
            + ", path=" + path
            + ", queryParams=" + queryParams
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
