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
 * Spec of a {@link ServiceProfile}: per-route metrics, retries and timeouts, a retry budget and traffic-split overrides.
 * <p>Trap: the CRD types {@code opaquePorts} as a list of strings while the Go type is a map, so the strict sp-validator rejects a list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"dstOverrides", "opaquePorts", "retryBudget", "routes"})
public class ServiceProfileSpec {

    /** Traffic split; written by the linkerd-smi adaptor from TrafficSplits. */
    @JsonProperty("dstOverrides")
    private List<WeightedDst> dstOverrides;

    @JsonProperty("opaquePorts")
    private List<String> opaquePorts;

    @JsonProperty("retryBudget")
    private RetryBudget retryBudget;

    /** Required in v1alpha1. */
    @JsonProperty("routes")
    private List<ServiceProfileRoute> routes;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ServiceProfileSpec() {
    }

    @JsonProperty("dstOverrides")
    public List<WeightedDst> getDstOverrides() {
        return dstOverrides;
    }

    @JsonProperty("dstOverrides")
    public void setDstOverrides(List<WeightedDst> dstOverrides) {
        this.dstOverrides = dstOverrides;
    }

    @JsonProperty("opaquePorts")
    public List<String> getOpaquePorts() {
        return opaquePorts;
    }

    @JsonProperty("opaquePorts")
    public void setOpaquePorts(List<String> opaquePorts) {
        this.opaquePorts = opaquePorts;
    }

    @JsonProperty("retryBudget")
    public RetryBudget getRetryBudget() {
        return retryBudget;
    }

    @JsonProperty("retryBudget")
    public void setRetryBudget(RetryBudget retryBudget) {
        this.retryBudget = retryBudget;
    }

    @JsonProperty("routes")
    public List<ServiceProfileRoute> getRoutes() {
        return routes;
    }

    @JsonProperty("routes")
    public void setRoutes(List<ServiceProfileRoute> routes) {
        this.routes = routes;
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
        if (!(o instanceof ServiceProfileSpec)) {
            return false;
        }
        ServiceProfileSpec that = (ServiceProfileSpec) o;
        return Objects.equals(dstOverrides, that.dstOverrides)
            && Objects.equals(opaquePorts, that.opaquePorts)
            && Objects.equals(retryBudget, that.retryBudget)
            && Objects.equals(routes, that.routes)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dstOverrides, opaquePorts, retryBudget, routes, additionalProperties);
    }

    @Override
    public String toString() {
        return "ServiceProfileSpec{"
            + "dstOverrides=" + dstOverrides
            + ", opaquePorts=" + opaquePorts
            + ", retryBudget=" + retryBudget
            + ", routes=" + routes
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
