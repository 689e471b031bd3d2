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
 * Mesh-TLS client requirements of a {@link ServerAuthorization}.
 * <p>Trap: with {@code unauthenticatedTLS: true}, {@code identities} and {@code serviceAccounts} must be empty (webhook).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"unauthenticatedTLS", "identities", "serviceAccounts"})
public class ServerAuthorizationMeshTLS {

    @JsonProperty("unauthenticatedTLS")
    private Boolean unauthenticatedTLS;

    /** {@code *} or {@code *.suffix} wildcards are allowed. */
    @JsonProperty("identities")
    private List<String> identities;

    @JsonProperty("serviceAccounts")
    private List<ServiceAccountRef> serviceAccounts;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ServerAuthorizationMeshTLS() {
    }

    @JsonProperty("unauthenticatedTLS")
    public Boolean getUnauthenticatedTLS() {
        return unauthenticatedTLS;
    }

    @JsonProperty("unauthenticatedTLS")
    public void setUnauthenticatedTLS(Boolean unauthenticatedTLS) {
        this.unauthenticatedTLS = unauthenticatedTLS;
    }

    @JsonProperty("identities")
    public List<String> getIdentities() {
        return identities;
    }

    @JsonProperty("identities")
    public void setIdentities(List<String> identities) {
        this.identities = identities;
    }

    @JsonProperty("serviceAccounts")
    public List<ServiceAccountRef> getServiceAccounts() {
        return serviceAccounts;
    }

    @JsonProperty("serviceAccounts")
    public void setServiceAccounts(List<ServiceAccountRef> serviceAccounts) {
        this.serviceAccounts = serviceAccounts;
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
        if (!(o instanceof ServerAuthorizationMeshTLS)) {
            return false;
        }
        ServerAuthorizationMeshTLS that = (ServerAuthorizationMeshTLS) o;
        return Objects.equals(unauthenticatedTLS, that.unauthenticatedTLS)
            && Objects.equals(identities, that.identities)
            && Objects.equals(serviceAccounts, that.serviceAccounts)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unauthenticatedTLS, identities, serviceAccounts, additionalProperties);
    }

    @Override
    public String toString() {
        return "ServerAuthorizationMeshTLS{"
            + "unauthenticatedTLS=" + unauthenticatedTLS
            + ", identities=" + identities
            + ", serviceAccounts=" + serviceAccounts
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
