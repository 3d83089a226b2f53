// Live password strength: asks the server (which knows the Vietnamese dictionaries) as the
// user types, after a short pause. The password is sent over the same HTTPS session as the
// form itself and is only estimated in memory, never stored or logged.
document.addEventListener('DOMContentLoaded', () => {
	const input = document.querySelector('[data-strength-input]');
	const result = document.getElementById('strength-result');
	if (!input || !result) {
		return;
	}
	const form = input.closest('form');
	const csrf = form ? form.querySelector('input[name="_csrf"]') : null;
	const meter = result.querySelector('.strength-meter');
	const label = result.querySelector('.strength-label');
	const warning = result.querySelector('.strength-warning');
	const suggestions = result.querySelector('.strength-suggestions');
	let timer = null;
	let latest = 0;

	const show = (view) => {
		result.hidden = false;
		meter.value = view.score;
		label.textContent = view.label;
		warning.textContent = view.warning || '';
		suggestions.replaceChildren(...view.suggestions.map((text) => {
			const item = document.createElement('li');
			item.textContent = text;
			return item;
		}));
	};

	const check = async () => {
		const password = input.value;
		if (password.length === 0) {
			result.hidden = true;
			return;
		}
		const request = ++latest;
		const body = new URLSearchParams({ password });
		const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
		if (csrf) {
			headers['X-CSRF-TOKEN'] = csrf.value;
		}
		try {
			const response = await fetch(form.getAttribute('data-strength-url') || '/account/password/strength', {
				method: 'POST', headers, body, credentials: 'same-origin'
			});
			if (response.ok && request === latest) {
				show(await response.json());
			}
		}
		catch (e) {
			// Offline or server busy: the form still checks the password when sent.
		}
	};

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(check, 300);
	});
	if (form && form.id === 'tester') {
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			check();
		});
	}
});
