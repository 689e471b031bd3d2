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
 * Spec of an {@link AuthorizationPolicy}: a target plus the authentications that must ALL be satisfied.
 * <p>Traps: {@code requiredAuthenticationRefs} is required but may be empty (then no authentication is required); a Namespace
 * target must be the policy's own namespace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"targetRef", "requiredAuthenticationRefs"})
public class AuthorizationPolicySpec {

    /** Server, Namespace, HTTPRoute (policy.linkerd.io or gateway.networking.k8s.io) or GRPCRoute. */
    @JsonProperty("targetRef")
    private LocalTargetRef targetRef;

    /** MeshTLSAuthentication, NetworkAuthentication or ServiceAccount refs, ANDed. */
    @JsonProperty("requiredAuthenticationRefs")
    private List<NamespacedTargetRef> requiredAuthenticationRefs;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public AuthorizationPolicySpec() {
    }

    @JsonProperty("targetRef")
    public LocalTargetRef getTargetRef() {
        return targetRef;
    }

    @JsonProperty("targetRef")
    public void setTargetRef(LocalTargetRef targetRef) {
        this.targetRef = targetRef;
    }

    @JsonProperty("requiredAuthenticationRefs")
    public List<NamespacedTargetRef> getRequiredAuthenticationRefs() {
        return requiredAuthenticationRefs;
    }

    @JsonProperty("requiredAuthenticationRefs")
    public void setRequiredAuthenticationRefs(List<NamespacedTargetRef> requiredAuthenticationRefs) {
        this.requiredAuthenticationRefs = requiredAuthenticationRefs;
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
        if (!(o instanceof AuthorizationPolicySpec)) {
            return false;
        }
        AuthorizationPolicySpec that = (AuthorizationPolicySpec) o;
        return Objects.equals(targetRef, that.targetRef)
            && Objects.equals(requiredAuthenticationRefs, that.requiredAuthenticationRefs)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetRef, requiredAuthenticationRefs, additionalProperties);
    }

    @Override
    public String toString() {
        return "AuthorizationPolicySpec{"
            + "targetRef=" + targetRef
            + ", requiredAuthenticationRefs=" + requiredAuthenticationRefs
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
