package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every Linkerd (and SMI TrafficSplit) resource model: apiVersion, kind, metadata, a typed spec and an untyped status.
 * <p>These are plain Jackson POJOs meant to be read with a plain {@code ObjectMapper} (see {@link LinkerdKinds#newObjectMapper()});
 * the served version is whatever {@code apiVersion} says, and every class models the union of all served versions' fields.
 * {@code status} is kept as a tree because it is written by the controller and never translated.
 *
 * @param <S> the spec type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public abstract class LinkerdResource<S> implements HasMetadata, Namespaced {

    private static final long serialVersionUID = 1L;

    @JsonProperty("apiVersion")
    private String apiVersion;

    @JsonProperty("kind")
    private String kind;

    @JsonProperty("metadata")
    private ObjectMeta metadata;

    @JsonProperty("spec")
    private S spec;

    /** Controller-written status, kept verbatim (Gateway-style route status, conditions, ...). */
    @JsonProperty("status")
    private JsonNode status;

    /** Top-level fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** Leaves apiVersion and kind unset, so that reading a manifest never adds fields it did not have. */
    protected LinkerdResource() {
    }

    protected LinkerdResource(String apiVersion, String kind, ObjectMeta metadata, S spec) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.metadata = metadata;
        this.spec = spec;
    }

    @Override
    @JsonProperty("apiVersion")
    public String getApiVersion() {
        return apiVersion;
    }

    @Override
    @JsonProperty("apiVersion")
    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    /** Overrides HasMetadata's class-annotation lookup: the kind is whatever the manifest says. */
    @Override
    @JsonProperty("kind")
    public String getKind() {
        return kind;
    }

    @JsonProperty("kind")
    public void setKind(String kind) {
        this.kind = kind;
    }

    @Override
    @JsonProperty("metadata")
    public ObjectMeta getMetadata() {
        return metadata;
    }

    @Override
    @JsonProperty("metadata")
    public void setMetadata(ObjectMeta metadata) {
        this.metadata = metadata;
    }

    @JsonProperty("spec")
    public S getSpec() {
        return spec;
    }

    @JsonProperty("spec")
    public void setSpec(S spec) {
        this.spec = spec;
    }

    @JsonProperty("status")
    public JsonNode getStatus() {
        return status;
    }

    @JsonProperty("status")
    public void setStatus(JsonNode status) {
        this.status = status;
    }

    /** The version part of {@code apiVersion} (after the '/'), or null when unset. */
    public String version() {
        if (apiVersion == null) {
            return null;
        }
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
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
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        LinkerdResource<?> that = (LinkerdResource<?>) o;
        return Objects.equals(apiVersion, that.apiVersion)
            && Objects.equals(kind, that.kind)
            && Objects.equals(metadata, that.metadata)
            && Objects.equals(spec, that.spec)
            && Objects.equals(status, that.status)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, kind, metadata, spec, status, additionalProperties);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{apiVersion=" + apiVersion + ", kind=" + kind + ", metadata=" + metadata
            + ", spec=" + spec + ", status=" + status + ", additionalProperties=" + additionalProperties + "}";
    }
}
