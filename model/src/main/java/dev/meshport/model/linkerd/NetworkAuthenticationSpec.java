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
 * Spec of a {@link NetworkAuthentication}: the client networks that count as authenticated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"networks"})
public class NetworkAuthenticationSpec {

    /** Required and non-empty (webhook). */
    @JsonProperty("networks")
    private List<Network> networks;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public NetworkAuthenticationSpec() {
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
        if (!(o instanceof NetworkAuthenticationSpec)) {
            return false;
        }
        NetworkAuthenticationSpec that = (NetworkAuthenticationSpec) o;
        return Objects.equals(networks, that.networks)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networks, additionalProperties);
    }

    @Override
    public String toString() {
        return "NetworkAuthenticationSpec{"
            + "networks=" + networks
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
