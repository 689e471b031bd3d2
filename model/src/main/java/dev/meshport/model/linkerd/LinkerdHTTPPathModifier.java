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
 * The path rewrite of a {@link LinkerdHTTPRequestRedirectFilter}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"replaceFullPath", "replacePrefixMatch", "type"})
public class LinkerdHTTPPathModifier {

    @JsonProperty("replaceFullPath")
    private String replaceFullPath;

    @JsonProperty("replacePrefixMatch")
    private String replacePrefixMatch;

    /** ReplaceFullPath or ReplacePrefixMatch. */
    @JsonProperty("type")
    private String type;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPPathModifier() {
    }

    @JsonProperty("replaceFullPath")
    public String getReplaceFullPath() {
        return replaceFullPath;
    }

    @JsonProperty("replaceFullPath")
    public void setReplaceFullPath(String replaceFullPath) {
        this.replaceFullPath = replaceFullPath;
    }

    @JsonProperty("replacePrefixMatch")
    public String getReplacePrefixMatch() {
        return replacePrefixMatch;
    }

    @JsonProperty("replacePrefixMatch")
    public void setReplacePrefixMatch(String replacePrefixMatch) {
        this.replacePrefixMatch = replacePrefixMatch;
    }

    @JsonProperty("type")
    public String getType() {
        return type;
    }

    @JsonProperty("type")
    public void setType(String type) {
        this.type = type;
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
        if (!(o instanceof LinkerdHTTPPathModifier)) {
            return false;
        }
        LinkerdHTTPPathModifier that = (LinkerdHTTPPathModifier) o;
        return Objects.equals(replaceFullPath, that.replaceFullPath)
            && Objects.equals(replacePrefixMatch, that.replacePrefixMatch)
            && Objects.equals(type, that.type)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(replaceFullPath, replacePrefixMatch, type, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPPathModifier{"
            + "replaceFullPath=" + replaceFullPath
            + ", replacePrefixMatch=" + replacePrefixMatch
            + ", type=" + type
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
