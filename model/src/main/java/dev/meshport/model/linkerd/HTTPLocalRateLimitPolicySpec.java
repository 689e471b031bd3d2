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
 * Spec of an {@link HTTPLocalRateLimitPolicy}: total, per-identity and per-client-override request rates for one Server.
 * <p>Trap: {@code targetRef} must be a Server (webhook); per-identity and override rates must not exceed {@code total}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"targetRef", "total", "identity", "overrides"})
public class HTTPLocalRateLimitPolicySpec {

    @JsonProperty("targetRef")
    private LocalTargetRef targetRef;

    @JsonProperty("total")
    private RateLimit total;

    /** Applies per client identity. */
    @JsonProperty("identity")
    private RateLimit identity;

    @JsonProperty("overrides")
    private List<RateLimitOverride> overrides;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public HTTPLocalRateLimitPolicySpec() {
    }

    @JsonProperty("targetRef")
    public LocalTargetRef getTargetRef() {
        return targetRef;
    }

    @JsonProperty("targetRef")
    public void setTargetRef(LocalTargetRef targetRef) {
        this.targetRef = targetRef;
    }

    @JsonProperty("total")
    public RateLimit getTotal() {
        return total;
    }

    @JsonProperty("total")
    public void setTotal(RateLimit total) {
        this.total = total;
    }

    @JsonProperty("identity")
    public RateLimit getIdentity() {
        return identity;
    }

    @JsonProperty("identity")
    public void setIdentity(RateLimit identity) {
        this.identity = identity;
    }

    @JsonProperty("overrides")
    public List<RateLimitOverride> getOverrides() {
        return overrides;
    }

    @JsonProperty("overrides")
    public void setOverrides(List<RateLimitOverride> overrides) {
        this.overrides = overrides;
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
        if (!(o instanceof HTTPLocalRateLimitPolicySpec)) {
            return false;
        }
        HTTPLocalRateLimitPolicySpec that = (HTTPLocalRateLimitPolicySpec) o;
        return Objects.equals(targetRef, that.targetRef)
            && Objects.equals(total, that.total)
            && Objects.equals(identity, that.identity)
            && Objects.equals(overrides, that.overrides)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetRef, total, identity, overrides, additionalProperties);
    }

    @Override
    public String toString() {
        return "HTTPLocalRateLimitPolicySpec{"
            + "targetRef=" + targetRef
            + ", total=" + total
            + ", identity=" + identity
            + ", overrides=" + overrides
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
