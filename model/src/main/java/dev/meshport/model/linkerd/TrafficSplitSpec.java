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
 * Spec of a {@link TrafficSplit}: the apex service and its weighted backends.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"service", "backends"})
public class TrafficSplitSpec {

    /** The apex (root) service. */
    @JsonProperty("service")
    private String service;

    @JsonProperty("backends")
    private List<TrafficSplitBackend> backends;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public TrafficSplitSpec() {
    }

    @JsonProperty("service")
    public String getService() {
        return service;
    }

    @JsonProperty("service")
    public void setService(String service) {
        this.service = service;
    }

    @JsonProperty("backends")
    public List<TrafficSplitBackend> getBackends() {
        return backends;
    }

    @JsonProperty("backends")
    public void setBackends(List<TrafficSplitBackend> backends) {
        this.backends = backends;
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
        if (!(o instanceof TrafficSplitSpec)) {
            return false;
        }
        TrafficSplitSpec that = (TrafficSplitSpec) o;
        return Objects.equals(service, that.service)
            && Objects.equals(backends, that.backends)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, backends, additionalProperties);
    }

    @Override
    public String toString() {
        return "TrafficSplitSpec{"
            + "service=" + service
            + ", backends=" + backends
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
