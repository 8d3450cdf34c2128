/**
 * The pipeline: {@link vn.bulletin.build.SiteBuilder#build} calls load, parse, plan, render, index
 * and publish in that order. Depends on every stage package; nothing depends on it but {@code cli}.
 */
package vn.bulletin.build;
