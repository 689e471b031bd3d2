package dev.meshport.validator.istio.workload;

import dev.meshport.model.Manifest;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.Protocols;

/** How Istio derives a Service port's protocol (pkg/config/kube ConvertProtocol): UDP, appProtocol, name prefix. */
final class PortProtocols {

    private PortProtocols() {}

    /** True when the port's protocol is known without sniffing. */
    static boolean declared(Field port) {
        return !of(port).isEmpty();
    }

    /** The protocol Istio gives the port, upper case, or "" when it sniffs it. */
    static String of(Field port) {
        if (port.key("protocol").text().equals("UDP")) {
            return "UDP";
        }
        String app = port.key("appProtocol").text();
        if (Protocols.isKnown(app)) {
            return Protocols.normalise(app);
        }
        String name = port.key("name").text();
        int dash = name.indexOf('-');
        String prefix = dash < 0 ? name : name.substring(0, dash);
        return Protocols.isKnown(prefix) ? Protocols.normalise(prefix) : "";
    }

    /** Services that istiod creates for Gateway API gateways (label gateway.istio.io/managed). */
    static boolean gatewayManaged(Manifest service) {
        return Fields.at(service, "metadata.labels").key("gateway.istio.io/managed").present();
    }
}
