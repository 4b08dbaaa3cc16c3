/** JSON shapes and JAX-RS resources of microloans: /api/v1/loan-products, /loan-applications, /loans. */
package org.huzhu.microloans.ui.rest;
