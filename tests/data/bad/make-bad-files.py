# Writes the bad-scenario corpus: NAME.json and NAME.errors (the expected problems, one per line;
# "(file)" stands for the file's path). Run from anywhere: python3 make-bad-files.py
import json, copy, os
D = os.path.dirname(os.path.abspath(__file__))
SEED = '6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a'
BASE = {
 "format": "tenderpanel-scenario/1",
 "project": {"title": "示例项目", "purchaser": "示例医疗保障管理中心",
             "registration_deadline": "2014-07-29T17:00:00+08:00"},
 "criteria": [{"id": "C1", "title": "方案", "max": 20}, {"id": "C2", "title": "服务", "max": 10}],
 "bidders": [{"id": "B1", "name": "甲保险"}, {"id": "B2", "name": "乙保险"}],
 "panel": [{"id": "P1", "name": "赵明", "role": "leader"},
           {"id": "P2", "name": "钱芳", "role": "member"},
           {"id": "P3", "name": "孙伟", "role": "member"}],
 "scores": [{"panelist": "P1", "bidder": "B1", "criterion": "C1", "score": 16.5},
            {"panelist": "P2", "bidder": "B1", "criterion": "C1", "score": 18}]
}
def base(): return copy.deepcopy(BASE)
def dump(obj): return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"
def put(name, content, errors):
    data = content.encode() if isinstance(content, str) else content
    open(os.path.join(D, name + '.json'), 'wb').write(data)
    open(os.path.join(D, name + '.errors'), 'w').write(''.join(e + '\n' for e in errors))

s = base(); s['scores'][0]['socre'] = s['scores'][0].pop('score')
put('unknown-key', dump(s), ['scores[0].socre: unknown key', 'scores[0].score: required key is missing'])

s = base(); s['project']['min_bidders'] = "2"; s['project']['max_winners'] = True
put('wrong-type', dump(s), ['project.min_bidders: must be an integer, found a string',
                            'project.max_winners: must be an integer, found a boolean'])

s = base(); s['project']['required_copies'] = 'X10.0X'; s['project']['presentation_minutes'] = 'X1e1X'
put('integer-written-as-decimal', dump(s).replace('"X10.0X"', '10.0').replace('"X1e1X"', '1e1'),
    ['project.required_copies: must be an integer, found 10.0',
     'project.presentation_minutes: must be an integer, found 1e1'])

s = base(); s['scores'][1]['score'] = 'X16.005X'; s['criteria'][1]['max'] = 'X9.999X'
put('too-many-decimals', dump(s).replace('"X16.005X"', '16.005').replace('"X9.999X"', '9.999'),
    ['criteria[1].max: 9.999 has more than 2 decimals', 'scores[1].score: 16.005 has more than 2 decimals'])

s = base(); s['scores'][1]['score'] = 25; s['scores'][0]['score'] = 'X20.00X'
put('above-maximum', dump(s).replace('"X20.00X"', '20.00'),
    ['scores[1].score: 25 is above the maximum 20 of criterion C1'])

s = base(); s['scores'][0]['score'] = -1; s['project']['statement_minutes'] = -5; s['criteria'][1]['max'] = 0
put('negative', dump(s), ['project.statement_minutes: -5 is below the minimum 0',
                          'criteria[1].max: must be greater than 0, found 0',
                          'scores[0].score: -1 is below the minimum 0'])

s = base(); s['bidders'] += [{"id": "B3", "name": "丙"}, {"id": "B2", "name": "丁"}]; s['panel'][2]['id'] = 'P1'
put('duplicate-id', dump(s), ['bidders[3].id: duplicate id "B2" (also bidders[1])',
                              'panel[2].id: duplicate id "P1" (also panel[0])'])

s = base(); s['scores'][1].update({"panelist": "P9", "bidder": "B9", "criterion": "C9"})
put('dangling-reference', dump(s), ['scores[1].panelist: no panelist has id "P9"',
                                    'scores[1].bidder: no bidder has id "B9"',
                                    'scores[1].criterion: no criterion has id "C9"'])

put('empty', b'', ['(file): the file is empty'])
put('blank', b' \n\t\r\n', ['(file): the file is empty'])

text = dump(base())
put('truncated', text[:text.index('"bidders"') + 12],
    ['(file): line 20, column 14: the JSON text ends too early (is the file truncated?)'])
put('truncated-in-string', text[:text.index('甲保险') + 1],
    ['(file): line 23, column 14: the JSON text ends too early (is the file truncated?)'])

raw = dump(base()).encode().replace('乙保险'.encode(), b'\xe4\xb9')  # a character cut in half
put('invalid-utf8', raw, ['(file): line 27, column 13: the file is not valid UTF-8 (byte 0xe4)'])
put('latin1', '{"format": "tenderpanel-scenario/1", "project": {"title": "Caf\xe9"}}'.encode('latin-1'),
    ['(file): line 1, column 63: the file is not valid UTF-8 (byte 0xe9)'])
put('overlong-utf8', b'{"a": "\xc0\xaf"}', ['(file): line 1, column 8: the file is not valid UTF-8 (byte 0xc0)'])
put('utf16-surrogate-in-utf8', b'{"a": "\xed\xa0\x80"}', ['(file): line 1, column 8: the file is not valid UTF-8 (byte 0xed)'])

put('top-level-array', '[\n ' + dump(base()).replace('\n', '\n ') + ']\n',
    ['(file): the file must hold one JSON object, found an array'])
put('top-level-string', '"tenderpanel-scenario/1"\n', ['(file): the file must hold one JSON object, found a string'])
put('top-level-null', 'null', ['(file): the file must hold one JSON object, found null'])

s = base(); s['panel'][2]['role'] = 'leader'
put('two-leaders', dump(s), ['panel: there must be exactly one leader, found 2 (panel[0], panel[2])'])
s = base(); s['panel'][0]['role'] = 'member'
put('no-leader', dump(s), ['panel: there must be exactly one leader, found none'])
s = base(); s['panel'][1]['role'] = 'chair'
put('bad-role', dump(s), ['panel[1].role: must be "leader" or "member", found "chair"'])

s = base(); del s['panel'][2]
put('panel-too-small', dump(s), ['panel: the panel has 2 members, but dropping 1 highest and 1 lowest values needs at least 3'])
s = base(); s['project']['trim'] = {"highest": 2, "lowest": 1, "level": "criterion"}
put('panel-too-small-for-trim', dump(s), ['panel: the panel has 3 members, but dropping 2 highest and 1 lowest values needs at least 4'])

s = base(); s['project'].update({"max_winners": 3, "allocation": {"1": [100], "2": [60, 30], "3": [50, 30, 10]}})
put('allocation-sum', dump(s), ['project.allocation.2: the shares add up to 90, not 100',
                                'project.allocation.3: the shares add up to 90, not 100'])
s = base(); s['project'].update({"max_winners": 3, "allocation": {"1": [100], "2": [40, 60], "3": [60, 10, 30]}})
put('allocation-increasing', dump(s), [
    'project.allocation.2[1]: 60 is larger than the share before it (40); shares must not increase',
    'project.allocation.3[2]: 30 is larger than the share before it (10); shares must not increase'])
s = base(); s['project'].update({"max_winners": 2, "allocation": {"1": [100], "3": [60, 30, 10], "02": [60, 40]}})
put('allocation-keys', dump(s), [
    'project.allocation.3: unexpected key: max_winners is 2, so the keys are "1" to "2"',
    'project.allocation.02: unexpected key: max_winners is 2, so the keys are "1" to "2"',
    'project.allocation.2: required key is missing: max_winners is 2, so the shares for 2 winners are needed'])
s = base(); s['project'].update({"max_winners": 2, "allocation": {"1": [100], "2": [60, 40, 0], "x": 1}})
put('allocation-shares', dump(s), [
    'project.allocation.2: must hold exactly 2 shares, found 3',
    'project.allocation.2[2]: 0 is below the minimum 1',
    'project.allocation.x: unexpected key: max_winners is 2, so the keys are "1" to "2"'])
s = base(); s['project']['max_winners'] = 3
put('allocation-missing', dump(s), [
    'project.allocation: required key is missing: max_winners is 3, so the shares for 2 to 3 winners are needed'])
s = base(); s['project']['allocation'] = {"2": [50, 50]}
put('allocation-without-1', dump(s), [
    'project.allocation.2: unexpected key: max_winners is 1, so the only key is "1"',
    'project.allocation.1: required key is missing: the shares for a single winner are needed'])

s = base(); s['draw'] = {"seed": SEED.upper()}
put('bad-seed', dump(s), ['draw.seed: must be 64 lowercase hexadecimal characters, found "%s"' % SEED.upper()])
s = base(); s['draw'] = {"seed": SEED[:63]}
put('short-seed', dump(s), ['draw.seed: must be 64 lowercase hexadecimal characters, found "%s"' % SEED[:63]])
s = base(); s['draw'] = {"seed": SEED, "order": ["B1", "B2"]}
put('draw-seed-and-order', dump(s), ['draw: must hold either "seed" or "order", not both'])
s = base(); s['draw'] = {}
put('draw-empty', dump(s), ['draw: must hold "seed" or "order"'])
s = base(); s['draw'] = {"order": ["B2", "B9", "B2", 7]}
put('draw-order', dump(s), ['draw.order[1]: no bidder has id "B9"',
                            'draw.order[2]: "B2" appears twice (also draw.order[0])',
                            'draw.order[3]: must be a string, found a number'])

s = base(); s['project']['registration_deadline'] = '2014-07-29 17:00'; s['project']['proposal_deadline'] = '2014-08-04T15:00:00'
s['bidders'][0]['registered_at'] = '2014-07-28T09:30+08:00'
put('date-time-without-offset', dump(s), [
    'project.registration_deadline: "2014-07-29 17:00" is not a date-time with an offset such as 2014-07-29T17:00:00+08:00',
    'project.proposal_deadline: "2014-08-04T15:00:00" is not a date-time with an offset such as 2014-07-29T17:00:00+08:00',
    'bidders[0].registered_at: "2014-07-28T09:30+08:00" is not a date-time with an offset such as 2014-07-29T17:00:00+08:00'])
s = base(); s['bidders'][0]['registered_at'] = '2014-02-31T10:00:00+08:00'
s['bidders'][1]['registered_at'] = '2014-07-28T24:00:00+08:00'
s['project']['publication'] = {"start": "2014-02-29"}
put('february-31', dump(s), [
    'project.publication.start: "2014-02-29" is not a real calendar date',
    'bidders[0].registered_at: "2014-02-31T10:00:00+08:00" is not a real calendar date and time',
    'bidders[1].registered_at: "2014-07-28T24:00:00+08:00" is not a real calendar date and time'])
s = base(); s['project']['publication'] = {"start": "2014/08/08", "working_days": 0, "count_start_day": "no"}
s['project']['proposal_deadline'] = '2014-08-04T15:00:00+15:00'
put('publication', dump(s), [
    'project.proposal_deadline: "2014-08-04T15:00:00+15:00" has an offset from UTC beyond 14 hours',
    'project.publication.start: "2014/08/08" is not a date such as 2014-08-08',
    'project.publication.working_days: 0 is below the minimum 1',
    'project.publication.count_start_day: must be true or false, found a string'])

put('deep-nesting', '{"format": "tenderpanel-scenario/1", "project": ' + '[' * 70 + ']' * 70 + '}\n',
    ['(file): line 1, column 112: the JSON nesting is deeper than 64 levels'])

text = dump(base()).replace('"title": "示例项目",', '"title": "示例项目",\n  "title": "另一个",', 1)
put('duplicate-json-key', text, ['project.title: the key appears more than once in this object'])

put('bom', b'\xef\xbb\xbf' + dump(base()).encode(), [])

text = dump(base()).replace('"role": "member"\n  }\n ],', '"role": "member"\n  },\n ],')
put('trailing-comma', text, ['(file): line 46, column 2: invalid JSON at "],"'])

s = base(); s['format'] = 'tenderpanel-scenario/2'; del s['criteria']; del s['panel']
put('format-and-missing-sections', dump(s), [
    'format: must be "tenderpanel-scenario/1", found "tenderpanel-scenario/2"',
    'criteria: required key is missing', 'panel: required key is missing'])
put('only-format', '{"format": "tenderpanel-scenario/1"}\n', [
    'project: required key is missing', 'criteria: required key is missing',
    'bidders: required key is missing', 'panel: required key is missing'])
put('empty-object', '{}', [
    'format: required key is missing', 'project: required key is missing', 'criteria: required key is missing',
    'bidders: required key is missing', 'panel: required key is missing'])

s = base(); del s['project']['title']; s['project']['purchaser'] = ''; s['project']['titel'] = 'x'
put('project-missing-title', dump(s), ['project.titel: unknown key', 'project.title: required key is missing',
                                       'project.purchaser: must not be empty'])

s = base(); s['votes'] = [{"tied": ["B1", "B2"], "ballots": ["B1", "B3", None, "B2"]}, {"tied": ["B1"], "ballots": []}, {"tied": "B1"}]
put('votes', dump(s), [
    'votes[0].ballots: 4 ballots, but the panel has only 3 members',
    'votes[0].ballots[1]: "B3" is not one of the tied bidders',
    'votes[1].tied: must name at least 2 bidders, found 1',
    'votes[2].tied: must be an array, found a string',
    'votes[2].ballots: required key is missing'])

s = base(); s['proposals'] = [{"bidder": "B1", "received_at": "2014-08-04T10:00:00+08:00", "copies": 10, "sealed": True},
                             {"bidder": "B2", "received_at": "2014-08-04T11:00:00+08:00", "rejected": "逾期"},
                             {"bidder": "B1", "received_at": "2014-08-04T12:00:00+08:00", "copies": -2},
                             {"bidder": "B4"}]
put('proposals', dump(s), [
    'proposals[2].bidder: a second proposal for bidder "B1" (also proposals[0])',
    'proposals[2].copies: -2 is below the minimum 0',
    'proposals[3].bidder: no bidder has id "B4"',
    'proposals[3].received_at: required key is missing'])

s = base(); s['scores'].append({"panelist": "P1", "bidder": "B1", "criterion": "C1", "score": 17})
put('duplicate-score', dump(s), [
    'scores[2]: a second score of panelist "P1" for bidder "B1" on criterion "C1" (also scores[0])'])

s = base(); s['criteria'] = []; s['bidders'] = []; s['scores'] = []
put('empty-lists', dump(s), ['criteria: must hold at least one criterion', 'bidders: must hold at least one bidder'])

s = base(); s['bidders'][0]['id'] = 'B' * 65; s['bidders'][1]['name'] = '名' * 501; s['criteria'][0]['title'] = '题' * 500
s['scores'][0]['bidder'] = 'B' * 65; s['scores'][1]['bidder'] = 'B' * 65
put('long-strings', dump(s), ['bidders[0].id: is 65 characters long, longer than the limit of 64',
                              'bidders[1].name: is 501 characters long, longer than the limit of 500'])

put('control-character', dump(base()).replace('"甲保险"', '"甲\t保险"'),
    ['(file): line 23, column 14: a string holds a control character that must be escaped'])
put('number-overflow', dump(base()).replace('"score": 18', '"score": 1e999'),
    ['(file): line 58, column 13: the number 1e999 is too large'])

s = base(); s['bidders'][1]['id'] = 2; s['scores'][1]['bidder'] = 'B2'; s['scores'][0]['panelist'] = 7
put('invalid-id-no-cascade', dump(s), ['bidders[1].id: must be a string, found a number',
                                      'scores[0].panelist: must be a string, found a number'])

s = base(); s['project']['trim'] = {"highest": -1, "lowest": "1", "level": "mean", "drop": 2}
put('trim', dump(s), ['project.trim.drop: unknown key', 'project.trim.highest: -1 is below the minimum 0',
                      'project.trim.lowest: must be an integer, found a string',
                      'project.trim.level: must be "total" or "criterion", found "mean"'])

s = base(); s['bidders'][0].update({"eligible": "yes", "withdrawn": 1}); s['proposals'] = [
    {"bidder": "B1", "received_at": "2014-08-04T10:00:00+08:00", "sealed": "true", "rejected": False}]
put('booleans', dump(s), ['bidders[0].eligible: must be true or false, found a string',
                          'bidders[0].withdrawn: must be true or false, found a number',
                          'proposals[0].sealed: must be true or false, found a string',
                          'proposals[0].rejected: must be a string, found a boolean'])

s = base(); s['project'].update({"title": 5, "purchaser": None, "tie_precision": "approx", "publication": []})
s['criteria'][0] = "C1"; s['panel'][1]['name'] = ["钱芳"]
put('wrong-types', dump(s), ['project.title: must be a string, found a number',
                             'project.purchaser: must be a string, found null',
                             'project.tie_precision: must be "exact" or "rounded", found "approx"',
                             'project.publication: must be an object, found an array',
                             'criteria[0]: must be an object, found a string',
                             'panel[1].name: must be a string, found an array'])

put('binary-garbage', bytes(range(256)) * 4, ['(file): line 2, column 118: the file is not valid UTF-8 (byte 0x80)'])
put('nul-byte', b'{"format": "tenderpanel-scenario/1"\x00}', ['(file): line 1, column 36: the file holds a NUL byte (is it a binary file?)'])
put('nul-after-object', b'{}\x00{', ['(file): line 1, column 3: the file holds a NUL byte (is it a binary file?)'])
put('two-objects', dump(base()) + '{}\n', ['(file): line 62, column 1: unexpected text after the end of the JSON object'])
put('utf16', dump(base()).encode('utf-16'), ['(file): line 1, column 1: the file is not valid UTF-8 (byte 0xff)'])

s = base(); s['project'].update({"max_winners": 3, "allocation": {"1": [100], "2": [60, 40], "3": [60, 30, 10]}, "min_bidders": 2,
     "tie_precision": "rounded", "publication": {"start": "2024-09-27", "working_days": 7, "count_start_day": True},
     "trim": {"highest": 0, "lowest": 0, "level": "criterion"}})
s['draw'] = {"seed": SEED}; s['votes'] = [{"tied": ["B1", "B2"], "ballots": ["B1", None]}]
put('valid-full', dump(s), [])
put('valid-compact', json.dumps(s, ensure_ascii=True, separators=(',', ':')), [])
