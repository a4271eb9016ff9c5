package org.photoshare.systemtests;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A browser without a browser: keeps the gateway's cookies and posts the web pages' forms as they are
 * rendered (view state, CSRF token and all), so tests can also post them altered.
 */
public final class WebSession {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");

    /** A form as rendered: where it posts, and its fields (change them to forge a post). */
    public record Form(String action, Map<String, String> fields) {

        public Form put(String name, String value) {
            fields.put(name, value);
            return this;
        }
    }

    private final CookieFilter cookies = new CookieFilter();

    public RequestSpecification request() {
        return given().filter(cookies).redirects().follow(false);
    }

    public Response get(String path) {
        return request().get(Gateway.url() + path);
    }

    /** The form with this id on the page at {@code path}. */
    public Form form(String path, String formId) {
        return parse(get(path).then().statusCode(200).extract().asString(), formId);
    }

    /** Posts a form (as read by {@link #form}, possibly altered) with the button named {@code button}. */
    public Response post(Form form, String button) {
        return post(form, button, request());
    }

    public Response post(Form form, String button, RequestSpecification request) {
        request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.fields().forEach(request::formParam);
        request.formParam(button, "go");
        return request.post(Gateway.url() + form.action());
    }

    /** Signs in through the web form; answers the response (a redirect when it worked). */
    public Response signIn(Users.User user) {
        return post(form("/signin", "signin").put("signin:username", user.username())
                .put("signin:password", user.password()), "signin:go");
    }

    static Form parse(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("No form " + formId + " on the page:\n" + html);
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Matcher action = ACTION.matcher(form.substring(0, form.indexOf('>')));
        if (!action.find()) {
            throw new AssertionError("Form " + formId + " has no action");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            Matcher type = TYPE.matcher(tag);
            if (!name.find() || (type.find() && type.group(1).equals("submit"))) {
                continue;
            }
            Matcher value = VALUE.matcher(tag);
            fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
        }
        return new Form(unescape(action.group(1)), fields);
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
