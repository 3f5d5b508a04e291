/**
 * Generated from specs/*.yaml by `pnpm generate` (scripts/generate-examples.mjs).
 * Do not edit by hand: edit the specs and regenerate. CI fails when this file drifts from the specs.
 */

/** The specs' named response examples: vendor → "METHOD /path" → HTTP status → example name → value. */
export const SPEC_EXAMPLES = {
  "copyai": {
    "POST /api/workflow/{workflow_id}/run": {
      "200": {
        "started": {
          "status": "success",
          "data": {
            "id": "some-UUID-1234"
          }
        }
      },
      "400": {
        "startCreditLimit": {
          "status": "error",
          "errorCode": "WORKFLOW_CREDIT_LIMIT_REACHED"
        }
      }
    },
    "GET /api/workflow/{workflow_id}/run": {
      "200": {
        "runsPage": {
          "status": "success",
          "data": {
            "total": 2,
            "data": [
              {
                "status": "COMPLETE",
                "input": {
                  "Input 1": "Inputs vary depending on the workflow used.",
                  "Input 2": "The best way to see an example is to try it!"
                },
                "output": {
                  "Output 1": "Outputs vary depending on the workflow used.",
                  "Output 2": "The best way to see an example is to try it!"
                },
                "metadata": {
                  "api": true
                },
                "createdAt": "2023-04-29T15:08:01.326Z",
                "id": "<run_id>",
                "credits": 2
              },
              {
                "status": "COMPLETE",
                "input": {
                  "Input 1": "Inputs vary depending on the workflow used.",
                  "Input 2": "The best way to see an example is to try it!"
                },
                "output": {
                  "Output 1": "Outputs vary depending on the workflow used.",
                  "Output 2": "The best way to see an example is to try it!"
                },
                "metadata": null,
                "createdAt": "2023-04-29T15:08:01.326Z",
                "id": "<run_id>",
                "credits": 2
              }
            ]
          }
        },
        "runsPageTotalString": {
          "status": "success",
          "data": {
            "total": "3",
            "data": [
              {
                "metadata": {
                  "interestingValue": "interestingValue"
                },
                "createdAt": "2023-09-27T18:24:47Z",
                "id": "WRUN-6fe9e53c-945a-4aa3-a87e-d64c3cc0dcb0",
                "workflowRunId": "WRUN-6fe9e53c-945a-4aa3-a87e-d64c3cc0dcb0",
                "workflowId": "PKGW-d0f4f3eb-16b9-4973-8e1e-939af867ce56",
                "credits": "22"
              }
            ]
          }
        }
      }
    },
    "GET /api/workflow/{workflow_id}/run/{run_id}": {
      "200": {
        "complete": {
          "status": "success",
          "data": {
            "status": "COMPLETE",
            "input": {
              "Input 1": "Inputs vary depending on the workflow used.",
              "Input 2": "The best way to see an example is to try it!"
            },
            "output": {
              "Output 1": "Outputs vary depending on the workflow used.",
              "Output 2": "The best way to see an example is to try it!"
            },
            "metadata": {
              "api": true
            },
            "createdAt": "2023-04-06T22:34:46.704Z",
            "id": "<run_id>",
            "credits": 2
          }
        },
        "success": {
          "status": "success",
          "data": {
            "output": {
              "text": "workflow run output"
            },
            "metadata": {
              "interestingValue": "doublelyInterestingValue"
            },
            "createdAt": "2023-09-27T18:34:13.091Z",
            "id": "WRUN-dc46baf3-cb19-4424-be04-95ba630409bf",
            "workflowRunId": "WRUN-dc46baf3-cb19-4424-be04-95ba630409bf",
            "workflowId": "WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa",
            "credits": "9001"
          }
        }
      },
      "400": {
        "creditLimit": {
          "status": "error",
          "errorCode": "WORKFLOW_CREDIT_LIMIT_REACHED"
        }
      },
      "404": {
        "notFound": {
          "status": "error",
          "errorCode": "NOT_FOUND"
        }
      }
    }
  },
  "dify": {
    "POST /workflows/run": {
      "200": {
        "run_blocking": {
          "task_id": "c3800678-a077-43df-a102-53f23ed20b88",
          "workflow_run_id": "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
          "data": {
            "id": "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
            "workflow_id": "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345",
            "status": "succeeded",
            "outputs": {
              "result": "Bonjour le monde"
            },
            "error": null,
            "elapsed_time": 1.23,
            "total_tokens": 150,
            "total_steps": 3,
            "created_at": 1705407629,
            "finished_at": 1705407630
          }
        },
        "run_streaming": "data: {\"event\": \"workflow_started\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"workflow_id\": \"7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345\", \"inputs\": {\"query\": \"Translate this\"}, \"created_at\": 1705407629, \"reason\": \"initial\"}}\n\ndata: {\"event\": \"node_started\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"id\": \"node_exec_1\", \"node_id\": \"node_1\", \"node_type\": \"llm\", \"title\": \"LLM Node\", \"index\": 1, \"created_at\": 1705407629}}\n\ndata: {\"event\": \"reasoning_chunk\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"reasoning\": \"Let me translate that.\", \"node_id\": \"node_1\", \"is_final\": false}}\n\ndata: {\"event\": \"reasoning_chunk\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"reasoning\": \"\", \"node_id\": \"node_1\", \"is_final\": true}}\n\ndata: {\"event\": \"text_chunk\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"text\": \"Bonjour\", \"from_variable_selector\": [\"node_1\", \"text\"]}}\n\ndata: {\"event\": \"workflow_finished\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"workflow_id\": \"7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345\", \"status\": \"succeeded\", \"outputs\": {\"result\": \"Bonjour le monde\"}, \"elapsed_time\": 1.23, \"total_tokens\": 150, \"total_steps\": 3, \"created_at\": 1705407629, \"finished_at\": 1705407630}}\n\n"
      },
      "400": {
        "run_invalid_param": {
          "status": 400,
          "code": "invalid_param",
          "message": "Arg user must be provided."
        },
        "run_provider_quota_exceeded": {
          "status": 400,
          "code": "provider_quota_exceeded",
          "message": "Your quota for Dify Hosted OpenAI has been exhausted. Please go to Settings -> Model Provider to complete your own provider credentials."
        }
      }
    },
    "POST /workflows/{workflow_id}/run": {
      "200": {
        "run_by_id_blocking": {
          "task_id": "c3800678-a077-43df-a102-53f23ed20b88",
          "workflow_run_id": "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
          "data": {
            "id": "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
            "workflow_id": "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345",
            "status": "succeeded",
            "outputs": {
              "result": "Article summary here"
            },
            "error": null,
            "elapsed_time": 2.45,
            "total_tokens": 280,
            "total_steps": 4,
            "created_at": 1705407629,
            "finished_at": 1705407631
          }
        },
        "run_by_id_streaming": "data: {\"event\": \"workflow_started\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"workflow_id\": \"7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345\", \"inputs\": {\"query\": \"Translate this\"}, \"created_at\": 1705407629, \"reason\": \"initial\"}}\n\ndata: {\"event\": \"node_started\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"id\": \"node_exec_1\", \"node_id\": \"node_1\", \"node_type\": \"llm\", \"title\": \"LLM Node\", \"index\": 1, \"created_at\": 1705407629}}\n\ndata: {\"event\": \"reasoning_chunk\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"reasoning\": \"Let me translate that.\", \"node_id\": \"node_1\", \"is_final\": false}}\n\ndata: {\"event\": \"reasoning_chunk\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"reasoning\": \"\", \"node_id\": \"node_1\", \"is_final\": true}}\n\ndata: {\"event\": \"text_chunk\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"text\": \"Bonjour\", \"from_variable_selector\": [\"node_1\", \"text\"]}}\n\ndata: {\"event\": \"workflow_finished\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"workflow_id\": \"7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345\", \"status\": \"succeeded\", \"outputs\": {\"result\": \"Bonjour le monde\"}, \"elapsed_time\": 1.23, \"total_tokens\": 150, \"total_steps\": 3, \"created_at\": 1705407629, \"finished_at\": 1705407630}}\n\n"
      },
      "400": {
        "run_by_id_invalid_param": {
          "status": 400,
          "code": "invalid_param",
          "message": "Arg user must be provided."
        },
        "run_by_id_provider_quota_exceeded": {
          "status": 400,
          "code": "provider_quota_exceeded",
          "message": "Your quota for Dify Hosted OpenAI has been exhausted. Please go to Settings -> Model Provider to complete your own provider credentials."
        }
      }
    },
    "POST /workflows/tasks/{task_id}/stop": {
      "200": {
        "stop_success": {
          "result": "success"
        }
      }
    },
    "GET /workflows/logs": {
      "200": {
        "logs_page": {
          "page": 1,
          "limit": 20,
          "total": 1,
          "has_more": false,
          "data": [
            {
              "id": "b7e2f8a1-3c4d-5e6f-7890-abcdef123456",
              "workflow_run": {
                "id": "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
                "version": "2025-01-16 12:00:00.000000",
                "status": "succeeded",
                "error": null,
                "elapsed_time": 1.23,
                "total_tokens": 150,
                "total_steps": 3,
                "created_at": 1705407629,
                "finished_at": 1705407630,
                "exceptions_count": 0,
                "triggered_from": "app-run"
              },
              "created_from": "service-api",
              "created_by_role": "end_user",
              "created_by_account": null,
              "created_by_end_user": {
                "id": "f1e2d3c4-b5a6-7890-abcd-ef1234567890",
                "type": "service-api",
                "is_anonymous": false,
                "session_id": "user_workflow_123"
              },
              "created_at": 1705407629
            }
          ]
        }
      }
    },
    "GET /workflow/{workflow_run_id}/events": {
      "200": {
        "events_finished": "data: {\"event\": \"workflow_finished\", \"task_id\": \"c3800678-a077-43df-a102-53f23ed20b88\", \"workflow_run_id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"data\": {\"id\": \"fb47b2e6-5e43-4f90-be01-d5c5a088d156\", \"workflow_id\": \"7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345\", \"status\": \"succeeded\", \"outputs\": {\"result\": \"Bonjour le monde\"}, \"elapsed_time\": 1.23, \"total_tokens\": 150, \"total_steps\": 3, \"created_at\": 1705407629, \"finished_at\": 1705407630}}\n\n"
      }
    },
    "GET /workflows/run/{workflow_run_id}": {
      "200": {
        "succeeded": {
          "id": "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
          "workflow_id": "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345",
          "status": "succeeded",
          "inputs": {
            "query": "Translate this to French"
          },
          "outputs": {
            "result": "Traduisez ceci en francais"
          },
          "error": null,
          "total_steps": 3,
          "total_tokens": 150,
          "created_at": 1705407629,
          "finished_at": 1705407630,
          "elapsed_time": 1.23
        },
        "running_inputs_json_string": {
          "id": "2c9f1a7e-0b3d-4c8e-9f6a-5d4e3b2a1c0f",
          "workflow_id": "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345",
          "status": "running",
          "inputs": "{\"query\": \"Translate this to French\"}",
          "outputs": null,
          "error": null,
          "total_steps": 1,
          "total_tokens": 0,
          "created_at": 1705407629,
          "finished_at": null,
          "elapsed_time": null
        }
      },
      "400": {
        "not_workflow_app": {
          "code": "not_workflow_app",
          "message": "Please check if your app mode matches the right API route.",
          "status": 400
        }
      },
      "401": {
        "unauthorized": {
          "code": "unauthorized",
          "message": "Access token is invalid",
          "status": 401
        }
      },
      "403": {
        "forbidden": {
          "code": "forbidden",
          "message": "The app's API service has been disabled.",
          "status": 403
        }
      },
      "404": {
        "not_found": {
          "code": "not_found",
          "message": "Workflow run not found.",
          "status": 404
        }
      },
      "429": {
        "too_many_requests": {
          "code": "too_many_requests",
          "message": "Too many requests. Please try again later.",
          "status": 429
        },
        "rate_limit_error": {
          "code": "rate_limit_error",
          "message": "Rate Limit Error",
          "status": 429
        }
      },
      "500": {
        "internal_server_error": {
          "code": "internal_server_error",
          "message": "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.",
          "status": 500
        }
      }
    }
  },
  "stripe": {
    "GET /v2/extend/workflow_runs": {
      "200": {
        "runsPage": {
          "data": [
            {
              "id": "wfrun_test_61UTL7vuMHzp5fHTd16TT0rUFzSQLefl99yAJBArITFo",
              "object": "v2.extend.workflow_run",
              "created": "2026-04-08T14:33:27.076Z",
              "status": "succeeded",
              "status_details": {
                "failed": null,
                "started": {},
                "succeeded": {}
              },
              "status_transitions": {
                "failed_at": null,
                "started_at": "2026-04-08T14:33:27.335Z",
                "succeeded_at": "2026-04-08T14:33:29.177Z"
              },
              "trigger": {
                "event_trigger": {
                  "id": "evt_1TJxAYHa3TtWqyXkmZHWuTlk",
                  "context": "acct_1Nv0FGQ9RKHgCVdK",
                  "type": "customer.created"
                },
                "type": "event_trigger"
              },
              "workflow": "wf_test_61UNwDso5RkJhsXt116TT0rUFzSQLefl99yAJBArIFXc",
              "livemode": false
            }
          ],
          "next_page_url": null,
          "previous_page_url": null
        }
      }
    },
    "GET /v2/extend/workflows": {
      "200": {
        "workflowsPage": {
          "data": [
            {
              "id": "wf_test_61UNwDso5RkJhsXt116TT0rUFzSQLefl99yAJBArIFXc",
              "object": "v2.extend.workflow",
              "created": "2026-03-24T16:57:16.660Z",
              "livemode": false,
              "status": "active",
              "title": "Cancel unpaid invoices",
              "triggers": [
                {
                  "manual": {},
                  "type": "manual"
                }
              ]
            }
          ],
          "next_page_url": null,
          "previous_page_url": null
        }
      }
    },
    "GET /v2/extend/workflows/{id}": {
      "200": {
        "workflow": {
          "id": "wf_test_61UNwDso5RkJhsXt116TT0rUFzSQLefl99yAJBArIFXc",
          "object": "v2.extend.workflow",
          "created": "2026-03-24T16:57:16.660Z",
          "livemode": false,
          "status": "active",
          "title": "Cancel unpaid invoices",
          "triggers": [
            {
              "manual": {},
              "type": "manual"
            }
          ]
        }
      }
    },
    "POST /v2/extend/workflows/{id}/invoke": {
      "200": {
        "invoked": {
          "id": "wfrun_test_61UTL7vuMHzp5fHTd16TT0rUFzSQLefl99yAJBArITFo",
          "object": "v2.extend.workflow_run",
          "created": "2026-04-08T14:33:27.076Z",
          "status": "started",
          "status_details": {
            "failed": null,
            "started": {},
            "succeeded": null
          },
          "status_transitions": {
            "failed_at": null,
            "started_at": "2026-04-08T14:33:27.335Z",
            "succeeded_at": null
          },
          "trigger": {
            "manual": {
              "input_parameters": {
                "customer": "cus_Nv0FGQ9RKHgCVd",
                "reason": "requested_by_customer"
              }
            },
            "type": "manual"
          },
          "workflow": "wf_test_61UNwDso5RkJhsXt116TT0rUFzSQLefl99yAJBArIFXc",
          "livemode": false
        }
      }
    },
    "GET /v2/extend/workflow_runs/{id}": {
      "200": {
        "succeeded": {
          "id": "wfrun_test_61UTL7vuMHzp5fHTd16TT0rUFzSQLefl99yAJBArITFo",
          "object": "v2.extend.workflow_run",
          "created": "2026-04-08T14:33:27.076Z",
          "status": "succeeded",
          "status_details": {
            "failed": null,
            "started": {},
            "succeeded": {}
          },
          "status_transitions": {
            "failed_at": null,
            "started_at": "2026-04-08T14:33:27.335Z",
            "succeeded_at": "2026-04-08T14:33:29.177Z"
          },
          "trigger": {
            "event_trigger": {
              "id": "evt_1TJxAYHa3TtWqyXkmZHWuTlk",
              "context": "acct_1Nv0FGQ9RKHgCVdK",
              "type": "customer.created"
            },
            "type": "event_trigger"
          },
          "workflow": "wf_test_61UNwDso5RkJhsXt116TT0rUFzSQLefl99yAJBArIFXc",
          "livemode": false
        }
      },
      "404": {
        "not_found": {
          "error": {
            "type": "invalid_request_error",
            "code": "not_found",
            "message": "No such workflow_run: 'wfrun_test_missing'"
          }
        }
      },
      "429": {
        "rate_limit": {
          "error": {
            "type": "rate_limit_error",
            "code": "rate_limit",
            "message": "Too many requests hit the API too quickly."
          }
        }
      }
    }
  },
  "zuora": {
    "POST /workflows/{workflow_id}/run": {
      "200": {
        "queued": {
          "createdAt": "2019-09-10 19:32:21 UTC",
          "id": 19063,
          "name": "WF-19027-00000032",
          "originalWorkflowId": 19027,
          "status": "Queued",
          "type": "Workflow::Instance",
          "updatedAt": "2019-09-10 19:32:21 UTC"
        }
      },
      "400": {
        "calloutDisabled": {
          "errors": [
            {
              "status": 400,
              "code": "invalid_request",
              "title": "Callout is not enabled for this workflow"
            }
          ]
        }
      }
    },
    "PUT /workflows/workflow_runs/{workflow_run_id}/stop": {
      "200": {
        "stopping": {
          "createdAt": "2019-09-10 19:32:21 UTC",
          "id": 19063,
          "name": "WF-19027-00000032",
          "originalWorkflowId": 19027,
          "status": "Stopping",
          "type": "Workflow::Instance",
          "updatedAt": "2019-09-10 19:32:50 UTC"
        }
      }
    },
    "GET /workflows/workflow_runs/{workflow_run_id}": {
      "200": {
        "finished": {
          "cpuTime": "19:01:04",
          "createdAt": "2019-09-10 19:32:21 UTC",
          "finishedAt": "2019-09-10 19:33:34 UTC",
          "id": 19063,
          "name": "WF-19027-00000032",
          "originalWorkflowId": 19027,
          "runTime": 64.513026,
          "status": "Finished",
          "tasks": {
            "error": 0,
            "pending": 0,
            "processing": 0,
            "queued": 0,
            "stopped": 0,
            "success": 4,
            "total": 4
          },
          "type": "Workflow::Instance",
          "updatedAt": "2019-09-10 19:33:34 UTC"
        }
      },
      "401": {
        "invalid_credentials": {
          "success": false,
          "processId": "CBCFED6580B4E076",
          "reasons": [
            {
              "code": 90000011,
              "message": "this resource is protected, please sign in first"
            }
          ]
        }
      }
    },
    "POST /oauth/token": {
      "200": {
        "token": {
          "access_token": "c652cbc0ea384b9f81856a93a2a74538",
          "expires_in": 3599,
          "jti": "c652cbc0ea384b9f81856a93a2a74539",
          "scope": "user.7c4d5433dc234c369a01b9719ecd059f entity.1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc entity.c92ed977-510c-4c48-9b51-8d5e848671e9 service.echo.read tenant.19",
          "token_type": "bearer"
        }
      }
    }
  }
} as const;
