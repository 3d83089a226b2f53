// Progressive enhancement only: every page works without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
	document.querySelectorAll('[data-confirm]').forEach((element) => {
		element.addEventListener('click', (event) => {
			if (!window.confirm(element.getAttribute('data-confirm'))) {
				event.preventDefault();
			}
		});
	});
});
