package dev.meshport.model.linkerd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the Linkerd model classes against the upstream CRDs in {@code shared/crds/linkerd}: every property of the storage version
 * (and of every other served version) must exist in our classes, and the served/storage versions must match the constants.
 */
class LinkerdCrdFidelityTest {

    private static final ObjectMapper MAPPER = LinkerdKinds.newObjectMapper();
    private static final AtomicInteger STORAGE_PATHS_CHECKED = new AtomicInteger();
    private static final AtomicInteger UNION_PATHS_CHECKED = new AtomicInteger();

    /** Model class, CRD file (relative to shared/crds/linkerd), and the constants we declare. */
    static Stream<Arguments> kinds() {
        return Stream.of(
            k(Server.class, "templates/policy/server.yaml", Server.GROUP, Server.KIND, Server.VERSIONS, Server.STORAGE_VERSION),
            k(ServerAuthorization.class, "templates/policy/server-authorization.yaml", ServerAuthorization.GROUP,
                ServerAuthorization.KIND, ServerAuthorization.VERSIONS, ServerAuthorization.STORAGE_VERSION),
            k(AuthorizationPolicy.class, "templates/policy/authorization-policy.yaml", AuthorizationPolicy.GROUP,
                AuthorizationPolicy.KIND, AuthorizationPolicy.VERSIONS, AuthorizationPolicy.STORAGE_VERSION),
            k(MeshTLSAuthentication.class, "templates/policy/meshtls-authentication.yaml", MeshTLSAuthentication.GROUP,
                MeshTLSAuthentication.KIND, MeshTLSAuthentication.VERSIONS, MeshTLSAuthentication.STORAGE_VERSION),
            k(NetworkAuthentication.class, "templates/policy/network-authentication.yaml", NetworkAuthentication.GROUP,
                NetworkAuthentication.KIND, NetworkAuthentication.VERSIONS, NetworkAuthentication.STORAGE_VERSION),
            k(LinkerdHTTPRoute.class, "templates/policy/httproute.yaml", LinkerdHTTPRoute.GROUP, LinkerdHTTPRoute.KIND,
                LinkerdHTTPRoute.VERSIONS, LinkerdHTTPRoute.STORAGE_VERSION),
            k(HTTPLocalRateLimitPolicy.class, "templates/policy/http-local-ratelimit-policy.yaml", HTTPLocalRateLimitPolicy.GROUP,
                HTTPLocalRateLimitPolicy.KIND, HTTPLocalRateLimitPolicy.VERSIONS, HTTPLocalRateLimitPolicy.STORAGE_VERSION),
            k(EgressNetwork.class, "templates/policy/egress-network.yaml", EgressNetwork.GROUP, EgressNetwork.KIND,
                EgressNetwork.VERSIONS, EgressNetwork.STORAGE_VERSION),
            k(ExternalWorkload.class, "templates/workload/external-workload.yaml", ExternalWorkload.GROUP, ExternalWorkload.KIND,
                ExternalWorkload.VERSIONS, ExternalWorkload.STORAGE_VERSION),
            k(ServiceProfile.class, "templates/serviceprofile.yaml", ServiceProfile.GROUP, ServiceProfile.KIND,
                ServiceProfile.VERSIONS, ServiceProfile.STORAGE_VERSION),
            k(TrafficSplit.class, "linkerd-smi/trafficsplit-crd.yaml", TrafficSplit.GROUP, TrafficSplit.KIND,
                TrafficSplit.VERSIONS, TrafficSplit.STORAGE_VERSION));
    }

    private static Arguments k(Class<?> type, String file, String group, String kind, List<String> versions, String storage) {
        return Arguments.of(type.getSimpleName(), type, file, group, kind, versions, storage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void modelCoversEveryCrdProperty(String name, Class<?> type, String file, String group, String kind, List<String> versions,
                                     String storage) throws IOException {
        Map<?, ?> crd = loadCrd(LinkerdTestSupport.sharedDir().resolve("crds/linkerd").resolve(file), group, kind);
        Map<?, ?> crdSpec = (Map<?, ?>) crd.get("spec");

        List<String> served = new ArrayList<>();
        String crdStorage = null;
        Map<?, ?> storageSchema = null;
        Map<?, ?> storageVersion = null;
        Set<String> union = new TreeSet<>();
        for (Object v : (List<?>) crdSpec.get("versions")) {
            Map<?, ?> version = (Map<?, ?>) v;
            if (!Boolean.TRUE.equals(version.get("served"))) {
                continue;
            }
            String versionName = (String) version.get("name");
            served.add(versionName);
            Map<?, ?> specSchema = specSchema(version);
            union.addAll(LinkerdTestSupport.schemaPaths(specSchema, "spec"));
            if (Boolean.TRUE.equals(version.get("storage"))) {
                crdStorage = versionName;
                storageSchema = specSchema;
                storageVersion = version;
            }
        }

        // Versions: same set as the CRD serves, storage version declared and listed last.
        assertThat(versions).as("%s.VERSIONS vs served versions of %s", name, file).containsExactlyInAnyOrderElementsOf(served);
        assertThat(storage).as("%s.STORAGE_VERSION", name).isEqualTo(crdStorage);
        assertThat(versions.get(versions.size() - 1)).as("%s.VERSIONS must list the storage version last", name).isEqualTo(storage);
        assertThat(LinkerdKinds.classFor(group + "/" + storage, kind)).as("registry entry for %s", name).contains(castType(type));

        // Top level: apiVersion, kind, metadata, spec, status (where the CRD lists them) must all be modelled.
        Map<?, ?> topLevel = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) storageVersion.get("schema")).get("openAPIV3Schema")).get("properties");
        Set<String> modelTopLevel = new TreeSet<>();
        for (var property : MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type)).findProperties()) {
            modelTopLevel.add(property.getName());
        }
        assertThat(modelTopLevel).as("%s top-level properties", name).containsAll(
            topLevel.keySet().stream().map(String::valueOf).toList());

        Set<String> upstream = LinkerdTestSupport.schemaPaths(storageSchema, "spec");
        upstream.add("spec");
        union.add("spec");
        Set<String> model = modelPaths(type);

        assertNoMissing(name + " (storage version " + crdStorage + ")", upstream, model);
        assertNoMissing(name + " (union of served versions " + served + ")", union, model);
        STORAGE_PATHS_CHECKED.addAndGet(upstream.size());
        UNION_PATHS_CHECKED.addAndGet(union.size());

        Set<String> extra = new TreeSet<>(model);
        extra.removeAll(union);
        System.out.printf("[fidelity] %-25s storage %-8s %3d CRD properties (union %3d), model-only: %s%n",
            name, crdStorage, upstream.size(), union.size(), extra);
    }

    @AfterAll
    static void report() {
        System.out.printf("[fidelity] total CRD properties checked: storage %d, union of served versions %d%n",
            STORAGE_PATHS_CHECKED.get(), UNION_PATHS_CHECKED.get());
    }

    // ---------------------------------------------------------------- the comparison can fail

    @Test
    void comparisonDetectsAPropertyTheModelLacks() {
        Map<String, Object> schema = Map.of(
            "type", "object",
            "properties", Map.of(
                "port", Map.of("x-kubernetes-int-or-string", true),
                "bogus", Map.of("type", "string"),
                "podSelector", Map.of("type", "object", "properties", Map.of(
                    "matchExpressions", Map.of("type", "array", "items", Map.of("type", "object", "properties", Map.of(
                        "key", Map.of("type", "string"),
                        "weight", Map.of("type", "integer")))))),
                "externalWorkloadSelector", Map.of("oneOf", List.of(
                    Map.of("properties", Map.of("fromBranch", Map.of("type", "string")))))));

        Set<String> upstream = LinkerdTestSupport.schemaPaths(schema, "spec");
        Set<String> model = modelPaths(Server.class);
        Set<String> missing = LinkerdTestSupport.missing(upstream, model);

        assertThat(missing).containsExactlyInAnyOrder(
            "spec.bogus", "spec.podSelector.matchExpressions[].weight", "spec.externalWorkloadSelector.fromBranch");
        assertThatThrownBy(() -> assertNoMissing("hand-made Server schema", upstream, model))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("spec.bogus")
            .hasMessageContaining("spec.podSelector.matchExpressions[].weight")
            .hasMessageContaining("spec.externalWorkloadSelector.fromBranch");
    }

    @Test
    void modelPathsRecurseIntoLabelSelectorsAndLists() {
        assertThat(modelPaths(Server.class)).contains(
            "spec.port", "spec.accessPolicy", "spec.podSelector.matchLabels", "spec.podSelector.matchExpressions[].values",
            "spec.externalWorkloadSelector.matchExpressions[].operator");
        assertThat(modelPaths(ServiceProfile.class)).contains(
            "spec.routes[].condition.not", "spec.routes[].condition.all", "spec.routes[].responseClasses[].condition.status.min");
        assertThat(modelPaths(LinkerdHTTPRoute.class)).contains(
            "spec.rules[].backendRefs[].filters[].requestRedirect.path.replacePrefixMatch", "spec.rules[].timeouts.request");
    }

    // ---------------------------------------------------------------- helpers

    static void assertNoMissing(String what, Set<String> upstream, Set<String> model) {
        Set<String> missing = LinkerdTestSupport.missing(upstream, model);
        if (!missing.isEmpty()) {
            fail("%s: %d CRD properties missing from the model:%n  %s", what, missing.size(), String.join("\n  ", missing));
        }
    }

    private static Set<String> modelPaths(Class<?> resourceType) {
        JavaType type = MAPPER.constructType(resourceType);
        Set<String> all = LinkerdTestSupport.modelPaths(MAPPER, type, "");
        Set<String> spec = new TreeSet<>();
        for (String path : all) {
            if (path.equals(".spec") || path.startsWith(".spec.") || path.startsWith(".spec[")) {
                spec.add(path.substring(1));
            }
        }
        return spec;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<? extends LinkerdResource<?>> castType(Class<?> type) {
        return (Class) type;
    }

    private static Map<?, ?> specSchema(Map<?, ?> version) {
        Map<?, ?> schema = (Map<?, ?>) ((Map<?, ?>) version.get("schema")).get("openAPIV3Schema");
        Map<?, ?> properties = (Map<?, ?>) schema.get("properties");
        return (Map<?, ?>) properties.get("spec");
    }

    /** The CRD document of the given group and kind in a (Helm-templated) file. */
    private static Map<?, ?> loadCrd(Path file, String group, String kind) throws IOException {
        String text = LinkerdTestSupport.stripHelm(Files.readString(file, StandardCharsets.UTF_8));
        for (Object doc : LinkerdTestSupport.safeYaml().loadAll(text)) {
            if (doc instanceof Map<?, ?> map && "CustomResourceDefinition".equals(map.get("kind"))) {
                Map<?, ?> spec = (Map<?, ?>) map.get("spec");
                Map<?, ?> names = (Map<?, ?>) spec.get("names");
                if (group.equals(spec.get("group")) && kind.equals(names.get("kind"))) {
                    return map;
                }
            }
        }
        throw new AssertionError("no CRD for " + group + "/" + kind + " in " + file);
    }
}
