-- wrk: PATCH a webhook configuration in GitHub's REST description (body validated by the mock)
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"url":"https://example.com/webhook","content_type":"json","insecure_ssl":"0"}'
