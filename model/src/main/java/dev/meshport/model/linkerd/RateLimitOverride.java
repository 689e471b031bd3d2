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
 * A per-client rate limit override of an {@link HTTPLocalRateLimitPolicy}.
 * <p>Trap: {@code clientRefs} must be ServiceAccount refs (webhook).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"requestsPerSecond", "clientRefs"})
public class RateLimitOverride {

    @JsonProperty("requestsPerSecond")
    private Long requestsPerSecond;

    @JsonProperty("clientRefs")
    private List<NamespacedTargetRef> clientRefs;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public RateLimitOverride() {
    }

    @JsonProperty("requestsPerSecond")
    public Long getRequestsPerSecond() {
        return requestsPerSecond;
    }

    @JsonProperty("requestsPerSecond")
    public void setRequestsPerSecond(Long requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    @JsonProperty("clientRefs")
    public List<NamespacedTargetRef> getClientRefs() {
        return clientRefs;
    }

    @JsonProperty("clientRefs")
    public void setClientRefs(List<NamespacedTargetRef> clientRefs) {
        this.clientRefs = clientRefs;
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
        if (!(o instanceof RateLimitOverride)) {
            return false;
        }
        RateLimitOverride that = (RateLimitOverride) o;
        return Objects.equals(requestsPerSecond, that.requestsPerSecond)
            && Objects.equals(clientRefs, that.clientRefs)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestsPerSecond, clientRefs, additionalProperties);
    }

    @Override
    public String toString() {
        return "RateLimitOverride{"
            + "requestsPerSecond=" + requestsPerSecond
            + ", clientRefs=" + clientRefs
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
