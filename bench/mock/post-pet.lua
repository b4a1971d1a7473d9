-- wrk: POST a valid pet (validated against NewPet by the mock)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"Rex","tag":"dog","birth":"2020-01-01T00:00:00Z","weight":12.5}'
