/**
 * Demo data: a tenant's org tree and members with valid, encrypted national IDs, written with JDBC batches
 * so that a million members take minutes. Used by the run command, the tests and the scale benchmark.
 */
package org.huzhu.demodata;
