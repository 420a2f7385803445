/** What the integration and browser tests share: the deployment, an HTTP client, a browser. */
package id.saring.testing;
