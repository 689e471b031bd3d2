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
 * A requests-per-second limit of an {@link HTTPLocalRateLimitPolicy}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"requestsPerSecond"})
public class RateLimit {

    /** int64 in the CRD, u32 in the controller; must be &gt; 0. */
    @JsonProperty("requestsPerSecond")
    private Long requestsPerSecond;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public RateLimit() {
    }

    @JsonProperty("requestsPerSecond")
    public Long getRequestsPerSecond() {
        return requestsPerSecond;
    }

    @JsonProperty("requestsPerSecond")
    public void setRequestsPerSecond(Long requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
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
        if (!(o instanceof RateLimit)) {
            return false;
        }
        RateLimit that = (RateLimit) o;
        return Objects.equals(requestsPerSecond, that.requestsPerSecond)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestsPerSecond, additionalProperties);
    }

    @Override
    public String toString() {
        return "RateLimit{"
            + "requestsPerSecond=" + requestsPerSecond
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
