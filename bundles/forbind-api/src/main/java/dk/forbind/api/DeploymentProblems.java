package dk.forbind.api;

import java.util.List;

/**
 * Connector versions an operator put in place that could not be deployed (a broken route file, say), each said in
 * one line with what runs instead. Shown by {@code forbind:connectors} and in the node's health until fixed.
 */
public interface DeploymentProblems {
    List<String> problems();
}
