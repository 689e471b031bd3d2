package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A weighted backend of a {@link TrafficSplit}.
 * <p>Trap: v1alpha1 types {@code weight} as int-or-string (a quantity such as {@code 500m}), v1alpha2 as a number; only integer and
 * string values can be held (fabric8 IntOrString), so a fractional v1alpha2 weight would fail to deserialise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"service", "weight"})
public class TrafficSplitBackend {

    @JsonProperty("service")
    private String service;

    /** Quantity kept as written (integer or string such as 500m). */
    @JsonProperty("weight")
    private IntOrString weight;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public TrafficSplitBackend() {
    }

    @JsonProperty("service")
    public String getService() {
        return service;
    }

    @JsonProperty("service")
    public void setService(String service) {
        this.service = service;
    }

    @JsonProperty("weight")
    public IntOrString getWeight() {
        return weight;
    }

    @JsonProperty("weight")
    public void setWeight(IntOrString weight) {
        this.weight = weight;
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
        if (!(o instanceof TrafficSplitBackend)) {
            return false;
        }
        TrafficSplitBackend that = (TrafficSplitBackend) o;
        return Objects.equals(service, that.service)
            && Objects.equals(weight, that.weight)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, weight, additionalProperties);
    }

    @Override
    public String toString() {
        return "TrafficSplitBackend{"
            + "service=" + service
            + ", weight=" + weight
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
