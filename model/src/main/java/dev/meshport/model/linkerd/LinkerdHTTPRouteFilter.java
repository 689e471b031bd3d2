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
 * A filter on a {@link LinkerdHTTPRoute} rule or backend.
 * <p>Trap: the CRD's rule-level {@code type} enum lacks ResponseHeaderModifier although the policy controller and docs accept it;
 * the field is modelled here for both levels. RequestMirror, URLRewrite and ExtensionRef are not supported by Linkerd.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"requestHeaderModifier", "requestRedirect", "responseHeaderModifier", "type"})
public class LinkerdHTTPRouteFilter {

    @JsonProperty("requestHeaderModifier")
    private LinkerdHTTPHeaderFilter requestHeaderModifier;

    @JsonProperty("requestRedirect")
    private LinkerdHTTPRequestRedirectFilter requestRedirect;

    /** In the CRD only at backendRef level; accepted at rule level by Linkerd. */
    @JsonProperty("responseHeaderModifier")
    private LinkerdHTTPHeaderFilter responseHeaderModifier;

    /** RequestHeaderModifier, ResponseHeaderModifier or RequestRedirect. */
    @JsonProperty("type")
    private String type;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPRouteFilter() {
    }

    @JsonProperty("requestHeaderModifier")
    public LinkerdHTTPHeaderFilter getRequestHeaderModifier() {
        return requestHeaderModifier;
    }

    @JsonProperty("requestHeaderModifier")
    public void setRequestHeaderModifier(LinkerdHTTPHeaderFilter requestHeaderModifier) {
        this.requestHeaderModifier = requestHeaderModifier;
    }

    @JsonProperty("requestRedirect")
    public LinkerdHTTPRequestRedirectFilter getRequestRedirect() {
        return requestRedirect;
    }

    @JsonProperty("requestRedirect")
    public void setRequestRedirect(LinkerdHTTPRequestRedirectFilter requestRedirect) {
        this.requestRedirect = requestRedirect;
    }

    @JsonProperty("responseHeaderModifier")
    public LinkerdHTTPHeaderFilter getResponseHeaderModifier() {
        return responseHeaderModifier;
    }

    @JsonProperty("responseHeaderModifier")
    public void setResponseHeaderModifier(LinkerdHTTPHeaderFilter responseHeaderModifier) {
        this.responseHeaderModifier = responseHeaderModifier;
    }

    @JsonProperty("type")
    public String getType() {
        return type;
    }

    @JsonProperty("type")
    public void setType(String type) {
        this.type = type;
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
        if (!(o instanceof LinkerdHTTPRouteFilter)) {
            return false;
        }
        LinkerdHTTPRouteFilter that = (LinkerdHTTPRouteFilter) o;
        return Objects.equals(requestHeaderModifier, that.requestHeaderModifier)
            && Objects.equals(requestRedirect, that.requestRedirect)
            && Objects.equals(responseHeaderModifier, that.responseHeaderModifier)
            && Objects.equals(type, that.type)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestHeaderModifier, requestRedirect, responseHeaderModifier, type, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPRouteFilter{"
            + "requestHeaderModifier=" + requestHeaderModifier
            + ", requestRedirect=" + requestRedirect
            + ", responseHeaderModifier=" + responseHeaderModifier
            + ", type=" + type
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
