/**
 * The pipeline: {@link vn.bulletin.pipeline.SiteBuilder#build} calls load, parse, plan, render,
 * index and publish in that order, with what a {@link vn.bulletin.pipeline.BuildSession} kept from
 * earlier builds. Depends on every stage package; nothing depends on it but {@code cli} and {@code
 * watch}.
 */
package vn.bulletin.pipeline;
