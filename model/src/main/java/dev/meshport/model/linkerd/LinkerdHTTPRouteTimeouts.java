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
 * Rule timeouts of a {@link LinkerdHTTPRoute} (v1beta3), as Gateway API duration strings.
 * <p>Trap: the {@code timeout.linkerd.io/request} annotation wins over {@code request}; {@code backendRequest} is validated but not used
 * by the outbound index; {@code backendRequest} must not exceed {@code request}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"backendRequest", "request"})
public class LinkerdHTTPRouteTimeouts {

    @JsonProperty("backendRequest")
    private String backendRequest;

    @JsonProperty("request")
    private String request;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPRouteTimeouts() {
    }

    @JsonProperty("backendRequest")
    public String getBackendRequest() {
        return backendRequest;
    }

    @JsonProperty("backendRequest")
    public void setBackendRequest(String backendRequest) {
        this.backendRequest = backendRequest;
    }

    @JsonProperty("request")
    public String getRequest() {
        return request;
    }

    @JsonProperty("request")
    public void setRequest(String request) {
        this.request = request;
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
        if (!(o instanceof LinkerdHTTPRouteTimeouts)) {
            return false;
        }
        LinkerdHTTPRouteTimeouts that = (LinkerdHTTPRouteTimeouts) o;
        return Objects.equals(backendRequest, that.backendRequest)
            && Objects.equals(request, that.request)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backendRequest, request, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPRouteTimeouts{"
            + "backendRequest=" + backendRequest
            + ", request=" + request
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
