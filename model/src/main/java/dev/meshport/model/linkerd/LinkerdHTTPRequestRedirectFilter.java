package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A RequestRedirect filter of a {@link LinkerdHTTPRoute}.
 * <p>Trap: {@code statusCode} defaults to 302 and only 301/302 are allowed; a {@code path} must set replaceFullPath or replacePrefixMatch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"hostname", "path", "port", "scheme", "statusCode"})
public class LinkerdHTTPRequestRedirectFilter {

    @JsonProperty("hostname")
    private String hostname;

    @JsonProperty("path")
    private LinkerdHTTPPathModifier path;

    @JsonProperty("port")
    private Integer port;

    /** http or https. */
    @JsonProperty("scheme")
    private String scheme;

    /** CRD default 302; enum 301, 302. */
    @JsonProperty("statusCode")
    private Integer statusCode;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPRequestRedirectFilter() {
    }

    @JsonProperty("hostname")
    public String getHostname() {
        return hostname;
    }

    @JsonProperty("hostname")
    public void setHostname(String hostname) {
        this.hostname = hostname;
    }

    @JsonProperty("path")
    public LinkerdHTTPPathModifier getPath() {
        return path;
    }

    @JsonProperty("path")
    public void setPath(LinkerdHTTPPathModifier path) {
        this.path = path;
    }

    @JsonProperty("port")
    public Integer getPort() {
        return port;
    }

    @JsonProperty("port")
    public void setPort(Integer port) {
        this.port = port;
    }

    @JsonProperty("scheme")
    public String getScheme() {
        return scheme;
    }

    @JsonProperty("scheme")
    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    @JsonProperty("statusCode")
    public Integer getStatusCode() {
        return statusCode;
    }

    @JsonProperty("statusCode")
    public void setStatusCode(Integer statusCode) {
        this.statusCode = statusCode;
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
        if (!(o instanceof LinkerdHTTPRequestRedirectFilter)) {
            return false;
        }
        LinkerdHTTPRequestRedirectFilter that = (LinkerdHTTPRequestRedirectFilter) o;
        return Objects.equals(hostname, that.hostname)
            && Objects.equals(path, that.path)
            && Objects.equals(port, that.port)
            && Objects.equals(scheme, that.scheme)
            && Objects.equals(statusCode, that.statusCode)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hostname, path, port, scheme, statusCode, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPRequestRedirectFilter{"
            + "hostname=" + hostname
            + ", path=" + path
            + ", port=" + port
            + ", scheme=" + scheme
            + ", statusCode=" + statusCode
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
