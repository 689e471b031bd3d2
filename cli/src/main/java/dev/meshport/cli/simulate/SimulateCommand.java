package dev.meshport.cli.simulate;

import dev.meshport.cli.ExitCodes;
import dev.meshport.cli.Inputs;
import dev.meshport.cli.UserException;
import dev.meshport.cli.output.OutputTarget;
import dev.meshport.model.ManifestSet;
import dev.meshport.simulator.Caller;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Simulator;
import dev.meshport.simulator.istio.IstioSimulator;
import dev.meshport.simulator.linkerd.LinkerdSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "simulate", sortOptions = false, usageHelpAutoWidth = true,
        description = "Show what a mesh does with one request, and why: the route, the backends and their weights, "
                + "timeouts, retries, and the authorization decision.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:simulated", "2:usage error, unreadable input", "3:internal error (please report it)"})
public final class SimulateCommand implements Callable<Integer> {

    enum MeshName { istio, linkerd }

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    dev.meshport.cli.Main main;

    @Mixin
    Inputs inputs;

    @Option(names = "--mesh", required = true, paramLabel = "MESH", description = "istio or linkerd: whose semantics to apply to PATH.")
    MeshName mesh;

    @Option(names = "--request", required = true, paramLabel = "'METHOD URL'",
            description = "The request, e.g. 'GET http://reviews.bookinfo:9080/reviews/1'.")
    String request;

    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'", description = "A request header (repeatable).")
    List<String> headers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "NS/SA",
            description = "The caller's namespace and ServiceAccount (its mesh identity); without it the caller is unauthenticated.")
    String from;

    @Option(names = "--from-ip", paramLabel = "IP", description = "The caller's address, for network-based policies.")
    String fromIp;

    @Option(names = "--gateway", paramLabel = "NS/NAME",
            description = "Istio: the request enters through this Gateway instead of a sidecar.")
    String gateway;

    @Option(names = "--compare", arity = "1..*", paramLabel = "PATH",
            description = "Also run the request against this configuration under the other mesh, and mark the differences.")
    List<String> compare;

    @Option(names = "--trust-domain", paramLabel = "DOMAIN", description = "The mesh's trust domain (default: cluster.local).")
    String trustDomain = "cluster.local";

    @Option(names = "--linkerd-namespace", paramLabel = "NS", description = "Linkerd's control-plane namespace, part of its identities (default: linkerd).")
    String linkerdNamespace = "linkerd";

    @Option(names = "--default-inbound-policy", paramLabel = "POLICY",
            description = "Linkerd's cluster-wide default inbound policy (default: all-unauthenticated).")
    String defaultInboundPolicy = "all-unauthenticated";

    @Option(names = "--root-namespace", paramLabel = "NS", description = "Istio's root namespace (default: istio-system).")
    String rootNamespace = "istio-system";

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE (default: standard output).")
    String output;

    @Override
    public Integer call() {
        Request parsed = parseRequest();
        ManifestSet manifests = inputs.load(main.stdin());
        Decision decision = simulator(mesh).simulate(manifests, parsed);
        Decision other = null;
        if (compare != null) {
            Inputs second = new Inputs();
            second.paths(compare);
            other = simulator(mesh == MeshName.istio ? MeshName.linkerd : MeshName.istio).simulate(second.load(main.stdin()), parsed);
        }
        String text = switch (format) {
            case text -> new SimulateText().render(decision, other);
            case json -> new SimulateJson().render(decision, other);
        };
        OutputTarget.write(output, text, spec.commandLine().getOut(), inputs.readFiles());
        return ExitCodes.OK;
    }

    private Request parseRequest() {
        try {
            Caller caller = from == null ? Caller.unauthenticated() : Caller.parse(from);
            if (fromIp != null) {
                caller = caller.withIp(fromIp);
            }
            if (gateway != null) {
                if (!gateway.matches("[^/]+/[^/]+")) {
                    throw new IllegalArgumentException("--gateway expects NAMESPACE/NAME, got '" + gateway + "'");
                }
                caller = caller.viaGateway(gateway);
            }
            return Request.parse(request, headers, caller);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    private Simulator simulator(MeshName name) {
        if (name == MeshName.istio) {
            return new IstioSimulator(new IstioSimulator.Options("cluster.local", rootNamespace, trustDomain));
        }
        List<String> policies = List.of("all-unauthenticated", "all-authenticated", "cluster-unauthenticated",
                "cluster-authenticated", "deny", "audit");
        if (!policies.contains(defaultInboundPolicy)) {
            throw new UserException("--default-inbound-policy must be one of " + String.join(", ", policies));
        }
        LinkerdSimulator.Options d = LinkerdSimulator.Options.DEFAULTS;
        return new LinkerdSimulator(new LinkerdSimulator.Options(d.clusterDomain(), trustDomain, linkerdNamespace, defaultInboundPolicy,
                d.clusterNetworks()));
    }
}
