"""Turns a publishing recipe written by `pednet-build init` into the shell script its CI host
would run, so that the same commands run here, in a clean clone of the starter site.

usage: python3 recipe.py github|gitlab RECIPE_FILE PAGES_URL

PAGES_URL stands for what the host knows of the site's address: the output `base_url` of
actions/configure-pages on GitHub, `CI_PAGES_URL` on GitLab (both without a trailing slash).
The recipe's own variables (PEDNET_REPO, PEDNET_VERSION) are exported first, each overridable
by the caller's environment. The script also checks the parts a shell cannot run: that the
published folder is public/ and that pednet-build is cached under a key naming its version.
Prints the script on stdout; exits 1 with the reason when the recipe is not as expected.
"""

import os
import re
import shlex
import sys

import yaml


def fail(message):
    print('recipe: ' + message, file=sys.stderr)
    sys.exit(1)


def exports(variables):
    lines = []
    for name, value in variables.items():
        value = os.environ.get(name, str(value))
        lines.append('export %s=%s' % (name, shlex.quote(value)))
    return lines


def github(recipe, pages_url):
    build = recipe['jobs']['build']
    if build.get('container') is None or not str(build['container']).startswith('swift:'):
        fail('the build job does not run in the Swift toolchain image')
    steps = build['steps']
    uses = {step.get('uses', '').split('@')[0]: step for step in steps}
    for needed in ('actions/checkout', 'actions/configure-pages', 'actions/cache',
                   'actions/upload-pages-artifact'):
        if needed not in uses:
            fail('no %s step' % needed)
    cache = uses['actions/cache']['with']
    if cache['path'] != '.pednet-build' or 'env.PEDNET_VERSION' not in cache['key']:
        fail('pednet-build is not cached under a key naming its version: %r' % cache)
    if uses['actions/upload-pages-artifact']['with']['path'] != 'public':
        fail('the published folder is not public/')
    if 'deploy' not in recipe['jobs']:
        fail('no deploy job')
    script = ['set -euo pipefail'] + exports(recipe.get('env', {}))
    for step in steps:
        if 'run' not in step:
            continue
        command = step['run']
        command = command.replace('${{ steps.pages.outputs.base_url }}', pages_url)
        command = re.sub(r'\$\{\{ env\.(\w+) \}\}', r'$\1', command)
        if '${{' in command:
            fail('an expression this check does not know: %s' % command)
        script += ['echo "== step: %s"' % step.get('name', 'run'), command]
    return script


def gitlab(recipe, pages_url):
    job = recipe['pages']
    if not str(job.get('image', '')).startswith('swift:'):
        fail('the pages job does not run in the Swift toolchain image')
    if job['artifacts']['paths'] != ['public']:
        fail('the published folder is not public/')
    cache = job['cache']
    if cache['paths'] != ['.pednet-build/'] or '$PEDNET_VERSION' not in cache['key']:
        fail('pednet-build is not cached under a key naming its version: %r' % cache)
    script = ['set -euo pipefail'] + exports(recipe.get('variables', {}))
    script.append('export CI_PAGES_URL=%s' % shlex.quote(pages_url))
    for command in job['script']:
        script += ['echo "== script line"', command]
    return script


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ('github', 'gitlab'):
        fail('usage: recipe.py github|gitlab RECIPE_FILE PAGES_URL')
    with open(sys.argv[2], encoding='utf-8') as file:
        recipe = yaml.safe_load(file)
    make = github if sys.argv[1] == 'github' else gitlab
    print('\n'.join(make(recipe, sys.argv[3])))


if __name__ == '__main__':
    main()
