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
 * Spec of a {@link ServerAuthorization}: which Servers it covers and which clients it authorises.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"server", "client"})
public class ServerAuthorizationSpec {

    @JsonProperty("server")
    private ServerAuthorizationServer server;

    @JsonProperty("client")
    private ServerAuthorizationClient client;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ServerAuthorizationSpec() {
    }

    @JsonProperty("server")
    public ServerAuthorizationServer getServer() {
        return server;
    }

    @JsonProperty("server")
    public void setServer(ServerAuthorizationServer server) {
        this.server = server;
    }

    @JsonProperty("client")
    public ServerAuthorizationClient getClient() {
        return client;
    }

    @JsonProperty("client")
    public void setClient(ServerAuthorizationClient client) {
        this.client = client;
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
        if (!(o instanceof ServerAuthorizationSpec)) {
            return false;
        }
        ServerAuthorizationSpec that = (ServerAuthorizationSpec) o;
        return Objects.equals(server, that.server)
            && Objects.equals(client, that.client)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(server, client, additionalProperties);
    }

    @Override
    public String toString() {
        return "ServerAuthorizationSpec{"
            + "server=" + server
            + ", client=" + client
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
