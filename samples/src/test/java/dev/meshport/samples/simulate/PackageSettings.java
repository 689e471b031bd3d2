package dev.meshport.samples.simulate;

/** ApprovalTests reads this: approved files live under src/test/resources/dev/meshport/samples/simulate. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
}
