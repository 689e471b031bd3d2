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
 * The clients a {@link ServerAuthorization} authorises.
 * <p>Trap: the webhook rejects {@code meshTLS} together with {@code unauthenticated: true}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"networks", "unauthenticated", "meshTLS"})
public class ServerAuthorizationClient {

    /** If unset, the server chooses a default (all IPs or the cluster networks). */
    @JsonProperty("networks")
    private List<Network> networks;

    @JsonProperty("unauthenticated")
    private Boolean unauthenticated;

    @JsonProperty("meshTLS")
    private ServerAuthorizationMeshTLS meshTLS;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ServerAuthorizationClient() {
    }

    @JsonProperty("networks")
    public List<Network> getNetworks() {
        return networks;
    }

    @JsonProperty("networks")
    public void setNetworks(List<Network> networks) {
        this.networks = networks;
    }

    @JsonProperty("unauthenticated")
    public Boolean getUnauthenticated() {
        return unauthenticated;
    }

    @JsonProperty("unauthenticated")
    public void setUnauthenticated(Boolean unauthenticated) {
        this.unauthenticated = unauthenticated;
    }

    @JsonProperty("meshTLS")
    public ServerAuthorizationMeshTLS getMeshTLS() {
        return meshTLS;
    }

    @JsonProperty("meshTLS")
    public void setMeshTLS(ServerAuthorizationMeshTLS meshTLS) {
        this.meshTLS = meshTLS;
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
        if (!(o instanceof ServerAuthorizationClient)) {
            return false;
        }
        ServerAuthorizationClient that = (ServerAuthorizationClient) o;
        return Objects.equals(networks, that.networks)
            && Objects.equals(unauthenticated, that.unauthenticated)
            && Objects.equals(meshTLS, that.meshTLS)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networks, unauthenticated, meshTLS, additionalProperties);
    }

    @Override
    public String toString() {
        return "ServerAuthorizationClient{"
            + "networks=" + networks
            + ", unauthenticated=" + unauthenticated
            + ", meshTLS=" + meshTLS
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
