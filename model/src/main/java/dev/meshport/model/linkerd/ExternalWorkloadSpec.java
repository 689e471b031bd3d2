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
 * Spec of an {@link ExternalWorkload}: identity, ports and IPs of a meshed workload running outside Kubernetes.
 * <p>Trap: v1alpha1 spells the identity field {@code meshTls}, v1beta1 {@code meshTLS}; both are modelled, and a manifest sets one of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"meshTLS", "meshTls", "ports", "workloadIPs"})
public class ExternalWorkloadSpec {

    /** v1beta1 spelling. */
    @JsonProperty("meshTLS")
    private ExternalWorkloadMeshTLS meshTLS;

    /** v1alpha1 spelling. */
    @JsonProperty("meshTls")
    private ExternalWorkloadMeshTLS meshTls;

    @JsonProperty("ports")
    private List<ExternalWorkloadPort> ports;

    /** At most 2 (one IPv4 and/or one IPv6); v1alpha1 allows 1. */
    @JsonProperty("workloadIPs")
    private List<ExternalWorkloadIP> workloadIPs;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ExternalWorkloadSpec() {
    }

    @JsonProperty("meshTLS")
    public ExternalWorkloadMeshTLS getMeshTLS() {
        return meshTLS;
    }

    @JsonProperty("meshTLS")
    public void setMeshTLS(ExternalWorkloadMeshTLS meshTLS) {
        this.meshTLS = meshTLS;
    }

    @JsonProperty("meshTls")
    public ExternalWorkloadMeshTLS getMeshTls() {
        return meshTls;
    }

    @JsonProperty("meshTls")
    public void setMeshTls(ExternalWorkloadMeshTLS meshTls) {
        this.meshTls = meshTls;
    }

    @JsonProperty("ports")
    public List<ExternalWorkloadPort> getPorts() {
        return ports;
    }

    @JsonProperty("ports")
    public void setPorts(List<ExternalWorkloadPort> ports) {
        this.ports = ports;
    }

    @JsonProperty("workloadIPs")
    public List<ExternalWorkloadIP> getWorkloadIPs() {
        return workloadIPs;
    }

    @JsonProperty("workloadIPs")
    public void setWorkloadIPs(List<ExternalWorkloadIP> workloadIPs) {
        this.workloadIPs = workloadIPs;
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
        if (!(o instanceof ExternalWorkloadSpec)) {
            return false;
        }
        ExternalWorkloadSpec that = (ExternalWorkloadSpec) o;
        return Objects.equals(meshTLS, that.meshTLS)
            && Objects.equals(meshTls, that.meshTls)
            && Objects.equals(ports, that.ports)
            && Objects.equals(workloadIPs, that.workloadIPs)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meshTLS, meshTls, ports, workloadIPs, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExternalWorkloadSpec{"
            + "meshTLS=" + meshTLS
            + ", meshTls=" + meshTls
            + ", ports=" + ports
            + ", workloadIPs=" + workloadIPs
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
