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
 * Spec of a {@link MeshTLSAuthentication}: client identities given literally or by reference.
 * <p>Trap: exactly one of {@code identities} / {@code identityRefs} (CRD oneOf), each with at least one item.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"identities", "identityRefs"})
public class MeshTLSAuthenticationSpec {

    /** SPIFFE IDs or DNS-like identities; {@code *} means any meshed client. */
    @JsonProperty("identities")
    private List<String> identities;

    /** ServiceAccount or Namespace refs; a Namespace ref must not set {@code namespace}. */
    @JsonProperty("identityRefs")
    private List<NamespacedTargetRef> identityRefs;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public MeshTLSAuthenticationSpec() {
    }

    @JsonProperty("identities")
    public List<String> getIdentities() {
        return identities;
    }

    @JsonProperty("identities")
    public void setIdentities(List<String> identities) {
        this.identities = identities;
    }

    @JsonProperty("identityRefs")
    public List<NamespacedTargetRef> getIdentityRefs() {
        return identityRefs;
    }

    @JsonProperty("identityRefs")
    public void setIdentityRefs(List<NamespacedTargetRef> identityRefs) {
        this.identityRefs = identityRefs;
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
        if (!(o instanceof MeshTLSAuthenticationSpec)) {
            return false;
        }
        MeshTLSAuthenticationSpec that = (MeshTLSAuthenticationSpec) o;
        return Objects.equals(identities, that.identities)
            && Objects.equals(identityRefs, that.identityRefs)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identities, identityRefs, additionalProperties);
    }

    @Override
    public String toString() {
        return "MeshTLSAuthenticationSpec{"
            + "identities=" + identities
            + ", identityRefs=" + identityRefs
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
