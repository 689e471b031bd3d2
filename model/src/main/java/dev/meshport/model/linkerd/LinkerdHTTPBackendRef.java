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
 * A backend of a {@link LinkerdHTTPRoute} rule.
 * <p>Trap: v1alpha1/v1beta1 backendRefs had only name, port and namespace (default {@code default}); group defaults to {@code ""}
 * and kind to {@code Service}; an EgressNetwork backend is valid only when the route's parent is that same EgressNetwork.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name", "namespace", "port", "weight", "filters"})
public class LinkerdHTTPBackendRef {

    /** CRD default {@code ""} (core). */
    @JsonProperty("group")
    private String group;

    /** CRD default {@code Service}. */
    @JsonProperty("kind")
    private String kind;

    @JsonProperty("name")
    private String name;

    @JsonProperty("namespace")
    private String namespace;

    @JsonProperty("port")
    private Integer port;

    /** CRD default 1, range 0..1000000. */
    @JsonProperty("weight")
    private Integer weight;

    @JsonProperty("filters")
    private List<LinkerdHTTPRouteFilter> filters;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPBackendRef() {
    }

    @JsonProperty("group")
    public String getGroup() {
        return group;
    }

    @JsonProperty("group")
    public void setGroup(String group) {
        this.group = group;
    }

    @JsonProperty("kind")
    public String getKind() {
        return kind;
    }

    @JsonProperty("kind")
    public void setKind(String kind) {
        this.kind = kind;
    }

    @JsonProperty("name")
    public String getName() {
        return name;
    }

    @JsonProperty("name")
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty("namespace")
    public String getNamespace() {
        return namespace;
    }

    @JsonProperty("namespace")
    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    @JsonProperty("port")
    public Integer getPort() {
        return port;
    }

    @JsonProperty("port")
    public void setPort(Integer port) {
        this.port = port;
    }

    @JsonProperty("weight")
    public Integer getWeight() {
        return weight;
    }

    @JsonProperty("weight")
    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    @JsonProperty("filters")
    public List<LinkerdHTTPRouteFilter> getFilters() {
        return filters;
    }

    @JsonProperty("filters")
    public void setFilters(List<LinkerdHTTPRouteFilter> filters) {
        this.filters = filters;
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
        if (!(o instanceof LinkerdHTTPBackendRef)) {
            return false;
        }
        LinkerdHTTPBackendRef that = (LinkerdHTTPBackendRef) o;
        return Objects.equals(group, that.group)
            && Objects.equals(kind, that.kind)
            && Objects.equals(name, that.name)
            && Objects.equals(namespace, that.namespace)
            && Objects.equals(port, that.port)
            && Objects.equals(weight, that.weight)
            && Objects.equals(filters, that.filters)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, kind, name, namespace, port, weight, filters, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPBackendRef{"
            + "group=" + group
            + ", kind=" + kind
            + ", name=" + name
            + ", namespace=" + namespace
            + ", port=" + port
            + ", weight=" + weight
            + ", filters=" + filters
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
