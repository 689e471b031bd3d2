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
 * The retry budget of a {@link ServiceProfile}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"minRetriesPerSecond", "retryRatio", "ttl"})
public class RetryBudget {

    @JsonProperty("minRetriesPerSecond")
    private Integer minRetriesPerSecond;

    /** float in the CRD; kept as double so values such as 0.2 round-trip exactly. */
    @JsonProperty("retryRatio")
    private Double retryRatio;

    /** Go duration. */
    @JsonProperty("ttl")
    private String ttl;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public RetryBudget() {
    }

    @JsonProperty("minRetriesPerSecond")
    public Integer getMinRetriesPerSecond() {
        return minRetriesPerSecond;
    }

    @JsonProperty("minRetriesPerSecond")
    public void setMinRetriesPerSecond(Integer minRetriesPerSecond) {
        this.minRetriesPerSecond = minRetriesPerSecond;
    }

    @JsonProperty("retryRatio")
    public Double getRetryRatio() {
        return retryRatio;
    }

    @JsonProperty("retryRatio")
    public void setRetryRatio(Double retryRatio) {
        this.retryRatio = retryRatio;
    }

    @JsonProperty("ttl")
    public String getTtl() {
        return ttl;
    }

    @JsonProperty("ttl")
    public void setTtl(String ttl) {
        this.ttl = ttl;
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
        if (!(o instanceof RetryBudget)) {
            return false;
        }
        RetryBudget that = (RetryBudget) o;
        return Objects.equals(minRetriesPerSecond, that.minRetriesPerSecond)
            && Objects.equals(retryRatio, that.retryRatio)
            && Objects.equals(ttl, that.ttl)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minRetriesPerSecond, retryRatio, ttl, additionalProperties);
    }

    @Override
    public String toString() {
        return "RetryBudget{"
            + "minRetriesPerSecond=" + minRetriesPerSecond
            + ", retryRatio=" + retryRatio
            + ", ttl=" + ttl
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
