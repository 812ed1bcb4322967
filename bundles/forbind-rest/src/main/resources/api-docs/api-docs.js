// Forbind's API documentation: Swagger UI (served by the node, no CDN) over every REST API's OpenAPI document.
fetch("apis.json").then(function (answer) { return answer.json(); }).then(function (apis) {
  SwaggerUIBundle({
    urls: apis,
    dom_id: "#api-docs",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout",
    validatorUrl: null,
    tryItOutEnabled: false
  });
});
