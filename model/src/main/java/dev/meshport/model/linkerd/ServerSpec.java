package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Spec of a {@link Server}: which pods (or ExternalWorkloads) and which port the inbound policy applies to.
 * <p>Traps: exactly one of {@code podSelector} / {@code externalWorkloadSelector} (CRD oneOf, v1beta2+); {@code accessPolicy} exists only
 * in v1beta3 and defaults to {@code deny}, so creating a Server denies unauthorised traffic to that port; {@code proxyProtocol}
 * has no CRD enum (unknown, HTTP/1, HTTP/2, gRPC, opaque, TLS) and supersedes the {@code config.linkerd.io/opaque-ports} annotation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"accessPolicy", "podSelector", "externalWorkloadSelector", "port", "proxyProtocol"})
public class ServerSpec {

    /** v1beta3 only; CRD default {@code deny}; webhook accepts all-unauthenticated, all-authenticated, cluster-unauthenticated, cluster-authenticated, deny, audit. */
    @JsonProperty("accessPolicy")
    private String accessPolicy;

    /** Selects pods in the Server's namespace; required before v1beta2. */
    @JsonProperty("podSelector")
    private LabelSelector podSelector;

    /** v1beta2+; selects ExternalWorkloads. */
    @JsonProperty("externalWorkloadSelector")
    private LabelSelector externalWorkloadSelector;

    /** A port number (1..65535) or a container port name. */
    @JsonProperty("port")
    private IntOrString port;

    /** CRD default {@code unknown} (protocol detection). */
    @JsonProperty("proxyProtocol")
    private String proxyProtocol;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ServerSpec() {
    }

    @JsonProperty("accessPolicy")
    public String getAccessPolicy() {
        return accessPolicy;
    }

    @JsonProperty("accessPolicy")
    public void setAccessPolicy(String accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @JsonProperty("podSelector")
    public LabelSelector getPodSelector() {
        return podSelector;
    }

    @JsonProperty("podSelector")
    public void setPodSelector(LabelSelector podSelector) {
        this.podSelector = podSelector;
    }

    @JsonProperty("externalWorkloadSelector")
    public LabelSelector getExternalWorkloadSelector() {
        return externalWorkloadSelector;
    }

    @JsonProperty("externalWorkloadSelector")
    public void setExternalWorkloadSelector(LabelSelector externalWorkloadSelector) {
        this.externalWorkloadSelector = externalWorkloadSelector;
    }

    @JsonProperty("port")
    public IntOrString getPort() {
        return port;
    }

    @JsonProperty("port")
    public void setPort(IntOrString port) {
        this.port = port;
    }

    @JsonProperty("proxyProtocol")
    public String getProxyProtocol() {
        return proxyProtocol;
    }

    @JsonProperty("proxyProtocol")
    public void setProxyProtocol(String proxyProtocol) {
        this.proxyProtocol = proxyProtocol;
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
        if (!(o instanceof ServerSpec)) {
            return false;
        }
        ServerSpec that = (ServerSpec) o;
        return Objects.equals(accessPolicy, that.accessPolicy)
            && Objects.equals(podSelector, that.podSelector)
            && Objects.equals(externalWorkloadSelector, that.externalWorkloadSelector)
            && Objects.equals(port, that.port)
            && Objects.equals(proxyProtocol, that.proxyProtocol)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessPolicy, podSelector, externalWorkloadSelector, port, proxyProtocol, additionalProperties);
    }

    @Override
    public String toString() {
        return "ServerSpec{"
            + "accessPolicy=" + accessPolicy
            + ", podSelector=" + podSelector
            + ", externalWorkloadSelector=" + externalWorkloadSelector
            + ", port=" + port
            + ", proxyProtocol=" + proxyProtocol
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
