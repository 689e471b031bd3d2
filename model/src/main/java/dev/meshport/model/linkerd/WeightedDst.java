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
 * A weighted destination override of a {@link ServiceProfile} (traffic split).
 * <p>Trap: {@code weight} is a Kubernetes quantity such as {@code 500m}, or a bare integer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"authority", "weight"})
public class WeightedDst {

    /** e.g. {@code svc.ns.svc.cluster.local:8080}. */
    @JsonProperty("authority")
    private String authority;

    /** Quantity kept as written (integer or string such as 500m). */
    @JsonProperty("weight")
    private IntOrString weight;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public WeightedDst() {
    }

    @JsonProperty("authority")
    public String getAuthority() {
        return authority;
    }

    @JsonProperty("authority")
    public void setAuthority(String authority) {
        this.authority = authority;
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
        if (!(o instanceof WeightedDst)) {
            return false;
        }
        WeightedDst that = (WeightedDst) o;
        return Objects.equals(authority, that.authority)
            && Objects.equals(weight, that.weight)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authority, weight, additionalProperties);
    }

    @Override
    public String toString() {
        return "WeightedDst{"
            + "authority=" + authority
            + ", weight=" + weight
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
