/** Sign-in pages. Internal. */
package org.iccindex.account.web;
