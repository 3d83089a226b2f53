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

// Forensic maps over the picture: choose a map, slide its opacity.
document.addEventListener('DOMContentLoaded', () => {
	const select = document.querySelector('.map-select');
	const slider = document.querySelector('.map-opacity');
	if (!select || !slider) {
		return;
	}
	const layers = document.querySelectorAll('.map-layer');
	const update = () => {
		layers.forEach((layer) => {
			const active = layer.getAttribute('data-map') === select.value;
			layer.classList.toggle('active', active);
			layer.style.opacity = active ? String(slider.value / 100) : '0';
		});
	};
	select.addEventListener('change', update);
	slider.addEventListener('input', update);
	update();
});
