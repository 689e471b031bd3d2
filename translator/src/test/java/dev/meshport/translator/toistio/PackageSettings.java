package dev.meshport.translator.toistio;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/** ApprovalTests settings for this package: approved files under src/test/resources, no diff tool launched. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static ApprovalFailureReporter UseReporter = new QuietReporter();
}
