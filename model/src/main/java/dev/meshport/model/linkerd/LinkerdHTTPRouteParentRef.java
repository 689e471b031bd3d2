package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A parent of a {@link LinkerdHTTPRoute}: a Server (inbound), a Service or an EgressNetwork (outbound).
 * <p>Trap: unlike Gateway API, the CRD defaults {@code group} to {@code policy.linkerd.io} and {@code kind} to {@code Gateway}; a Service
 * parent therefore needs an explicit {@code group: core} (or {@code ""}) and every parent needs an explicit kind. An EgressNetwork parent must set {@code port}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name", "namespace", "port", "sectionName"})
public class LinkerdHTTPRouteParentRef {

    /** CRD default {@code policy.linkerd.io} (not the core group). */
    @JsonProperty("group")
    private String group;

    /** CRD default {@code Gateway}: always set Server, Service or EgressNetwork. */
    @JsonProperty("kind")
    private String kind;

    @JsonProperty("name")
    private String name;

    @JsonProperty("namespace")
    private String namespace;

    /** Required for EgressNetwork parents (webhook). */
    @JsonProperty("port")
    private Integer port;

    @JsonProperty("sectionName")
    private String sectionName;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPRouteParentRef() {
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

    @JsonProperty("sectionName")
    public String getSectionName() {
        return sectionName;
    }

    @JsonProperty("sectionName")
    public void setSectionName(String sectionName) {
        this.sectionName = sectionName;
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
        if (!(o instanceof LinkerdHTTPRouteParentRef)) {
            return false;
        }
        LinkerdHTTPRouteParentRef that = (LinkerdHTTPRouteParentRef) o;
        return Objects.equals(group, that.group)
            && Objects.equals(kind, that.kind)
            && Objects.equals(name, that.name)
            && Objects.equals(namespace, that.namespace)
            && Objects.equals(port, that.port)
            && Objects.equals(sectionName, that.sectionName)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, kind, name, namespace, port, sectionName, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPRouteParentRef{"
            + "group=" + group
            + ", kind=" + kind
            + ", name=" + name
            + ", namespace=" + namespace
            + ", port=" + port
            + ", sectionName=" + sectionName
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
