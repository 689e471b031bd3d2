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
 * A client network: a CIDR (or a bare IP) minus optional exceptions, as used by ServerAuthorization, NetworkAuthentication and EgressNetwork.
 * <p>Trap: the webhook rejects an {@code except} entry that contains the {@code cidr} or lies outside it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cidr", "except"})
public class Network {

    /** A CIDR or a bare IP address. */
    @JsonProperty("cidr")
    private String cidr;

    @JsonProperty("except")
    private List<String> except;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public Network() {
    }

    @JsonProperty("cidr")
    public String getCidr() {
        return cidr;
    }

    @JsonProperty("cidr")
    public void setCidr(String cidr) {
        this.cidr = cidr;
    }

    @JsonProperty("except")
    public List<String> getExcept() {
        return except;
    }

    @JsonProperty("except")
    public void setExcept(List<String> except) {
        this.except = except;
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
        if (!(o instanceof Network)) {
            return false;
        }
        Network that = (Network) o;
        return Objects.equals(cidr, that.cidr)
            && Objects.equals(except, that.except)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cidr, except, additionalProperties);
    }

    @Override
    public String toString() {
        return "Network{"
            + "cidr=" + cidr
            + ", except=" + except
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
