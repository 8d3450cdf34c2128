/** Helpers shared by the tests of several packages. */
package vn.bulletin.testing;
