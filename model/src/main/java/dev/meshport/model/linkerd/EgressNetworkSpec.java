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
 * Spec of an {@link EgressNetwork}: the traffic policy and the networks outside the cluster it covers.
 * <p>Trap: omitting {@code networks} means the whole IP space minus the cluster networks; if present it must be non-empty (webhook).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"trafficPolicy", "networks"})
public class EgressNetworkSpec {

    /** Allow or Deny. */
    @JsonProperty("trafficPolicy")
    private String trafficPolicy;

    @JsonProperty("networks")
    private List<Network> networks;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public EgressNetworkSpec() {
    }

    @JsonProperty("trafficPolicy")
    public String getTrafficPolicy() {
        return trafficPolicy;
    }

    @JsonProperty("trafficPolicy")
    public void setTrafficPolicy(String trafficPolicy) {
        this.trafficPolicy = trafficPolicy;
    }

    @JsonProperty("networks")
    public List<Network> getNetworks() {
        return networks;
    }

    @JsonProperty("networks")
    public void setNetworks(List<Network> networks) {
        this.networks = networks;
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
        if (!(o instanceof EgressNetworkSpec)) {
            return false;
        }
        EgressNetworkSpec that = (EgressNetworkSpec) o;
        return Objects.equals(trafficPolicy, that.trafficPolicy)
            && Objects.equals(networks, that.networks)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trafficPolicy, networks, additionalProperties);
    }

    @Override
    public String toString() {
        return "EgressNetworkSpec{"
            + "trafficPolicy=" + trafficPolicy
            + ", networks=" + networks
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
