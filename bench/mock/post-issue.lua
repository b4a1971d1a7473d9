-- wrk: POST a valid issue to GitHub's REST description (validated by the mock)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title":"Found a bug","body":"It happens every time.","labels":["bug"]}'
