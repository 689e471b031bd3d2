package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Servers a {@link ServerAuthorization} applies to, by name or by label selector.
 * <p>Trap: exactly one of {@code name} or {@code selector} (CRD oneOf).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "selector"})
public class ServerAuthorizationServer {

    /** Name of a Server in the same namespace. */
    @JsonProperty("name")
    private String name;

    /** Selects Servers by label. */
    @JsonProperty("selector")
    private LabelSelector selector;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ServerAuthorizationServer() {
    }

    @JsonProperty("name")
    public String getName() {
        return name;
    }

    @JsonProperty("name")
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty("selector")
    public LabelSelector getSelector() {
        return selector;
    }

    @JsonProperty("selector")
    public void setSelector(LabelSelector selector) {
        this.selector = selector;
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
        if (!(o instanceof ServerAuthorizationServer)) {
            return false;
        }
        ServerAuthorizationServer that = (ServerAuthorizationServer) o;
        return Objects.equals(name, that.name)
            && Objects.equals(selector, that.selector)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, selector, additionalProperties);
    }

    @Override
    public String toString() {
        return "ServerAuthorizationServer{"
            + "name=" + name
            + ", selector=" + selector
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
